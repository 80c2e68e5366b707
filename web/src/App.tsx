import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { RequireSignedIn } from './components/RequireSignedIn.tsx';
import { createQueryClient } from './queries.ts';
import { pageRoutes, type PageRoute } from './routes.ts';

/** A route of the table as react-router wants it: the page's code is fetched when it is first opened. */
function toRouteObject(page: PageRoute): RouteObject {
  const lazy = async () => ({ Component: await page.load() });
  return page.path === '' ? { index: true, lazy } : { path: page.path, lazy };
}

const pages: PageRoute[] = Object.values(pageRoutes);
const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      ...pages.filter((p) => p.access === 'public' && p.path !== '*').map(toRouteObject),
      { element: <RequireSignedIn />, children: pages.filter((p) => p.access === 'signedIn').map(toRouteObject) },
      toRouteObject(pageRoutes.notFound),
    ],
  },
]);

/** The single-page app: the query cache, the routes, and React Aria speaking the UI's language. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  const { i18n } = useTranslation();
  return (
    <I18nProvider locale={i18n.language === 'en' ? 'en-GB' : 'nl-NL'}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  );
}
