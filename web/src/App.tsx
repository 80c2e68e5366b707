import { QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider, type Params, type RouteObject } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { RequireSignedIn } from './components/RequireSignedIn.tsx';
import { StartupHeader } from './components/StartupHeader.tsx';
import { createQueryClient, queries } from './queries.ts';
import { pageRoutes, type PageName, type PageRoute } from './routes.ts';

/** The app's one query cache, for the whole visit. */
const queryClient = createQueryClient();

/**
 * The data a page shows first, asked for as soon as the page is opened, together with the page's
 * code and the sign-in check, instead of one after the other as its components appear (each a
 * round trip, which a phone on a slow connection feels). What a page asks for again later comes
 * from the cache while fresh.
 */
const firstData: Partial<Record<PageName, (params: Params) => void>> = {
  networkHome: ({ networkId = '' }) => {
    void queryClient.prefetchQuery(queries.attention(networkId));
    void queryClient.prefetchQuery(queries.stage(networkId));
  },
  questionnaire: ({ networkId = '', roundId = '' }) => void queryClient.prefetchQuery(queries.questionnaire(networkId, roundId)),
};

/** A route of the table as react-router wants it: the page's code is fetched when it is first opened. */
function toRouteObject([name, page]: [PageName, PageRoute]): RouteObject {
  const lazy = async () => ({ Component: await page.load() });
  const prefetch = firstData[name];
  const loader = prefetch
    ? ({ params }: { params: Params }) => {
        prefetch(params);
        return null;
      }
    : undefined;
  return page.path === '' ? { index: true, lazy, loader } : { path: page.path, lazy, loader };
}

const pages = Object.entries(pageRoutes) as [PageName, PageRoute][];

/**
 * The app's router. Creating it matches the address and starts the first page's code and data
 * (its loaders, with `firstData` above), so web/src/start.tsx does it in a task of its own, as
 * soon as it can.
 */
export const createAppRouter = () =>
  createBrowserRouter([
    {
      element: <Layout />,
      // Until the first page's code and data are there: the header that index.html painted.
      HydrateFallback: StartupHeader,
      // What every page needs (whether the installation is set up, who is signed in) starts with the page's code.
      loader: () => {
        void queryClient.prefetchQuery(queries.setup());
        void queryClient.prefetchQuery(queries.me());
        return null;
      },
      children: [
        ...pages.filter(([, p]) => p.access === 'public' && p.path !== '*').map(toRouteObject),
        {
          element: <RequireSignedIn />,
          // A network's pages show its name and navigation.
          loader: ({ params }) => {
            if (params.networkId) void queryClient.prefetchQuery(queries.network(params.networkId));
            return null;
          },
          children: pages.filter(([, p]) => p.access === 'signedIn').map(toRouteObject),
        },
        toRouteObject(['notFound', pageRoutes.notFound]),
      ],
    },
  ]);

export type AppRouter = ReturnType<typeof createAppRouter>;

/** The single-page app: the query cache, the routes, and React Aria speaking the UI's language. */
export function App({ router }: { router: AppRouter }) {
  const { i18n } = useTranslation();
  return (
    <I18nProvider locale={i18n.language === 'en' ? 'en-GB' : 'nl-NL'}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  );
}
