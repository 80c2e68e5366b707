import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** Resolves after the browser has painted what it has (the header of index.html). */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Loads the browser's locale data in a worker (see intl-start.worker.ts); never holds the app up for long. */
function intlStarted(): Promise<void> {
  return new Promise((resolve) => {
    try {
      const worker = new Worker(new URL('./intl-start.worker.ts', import.meta.url), { type: 'module' });
      const done = () => {
        worker.terminate();
        resolve();
      };
      worker.onmessage = done;
      worker.onerror = done;
      setTimeout(done, 1000);
    } catch {
      resolve(); // no workers here: the app loads the locale data itself
    }
  });
}

// The first paint does not wait for the app: the header of index.html shows as soon as the
// stylesheet is there. Meanwhile the app's code downloads (index.html preloads it) and a worker
// loads the locale data; then the app is evaluated and renders (web/src/start.tsx).
void Promise.all([afterPaint(), intlStarted()])
  .then(() => import('./start.tsx'))
  .then(({ startApp }) => startApp(root));
