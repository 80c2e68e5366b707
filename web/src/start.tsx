import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createAppRouter } from './App.tsx';
import { i18nReady } from './i18n/index.ts';

/** Hands the main thread back to the browser for a moment (input, paint), then goes on. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Starts the app in `root`, in three tasks so that a slow phone stays responsive meanwhile: this
 * code's evaluation; the router, which starts the page's code and data; and, once the language is
 * ready (nobody sees a flash of the other language), the render, as a transition, which React does
 * in short slices.
 */
export async function startApp(root: HTMLElement) {
  await yieldToBrowser();
  const router = createAppRouter();
  await i18nReady;
  await yieldToBrowser();
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App router={router} />
      </StrictMode>,
    ),
  );
}
