import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { RequireSignedIn } from './components/RequireSignedIn.tsx';
import { OutboxPage } from './pages/admin-outbox/OutboxPage.tsx';
import { AuditLogPage } from './pages/audit-log/AuditLogPage.tsx';
import { ComparePage } from './pages/compare/ComparePage.tsx';
import { ForgotPasswordPage } from './pages/forgot-password/ForgotPasswordPage.tsx';
import { HistoryPage } from './pages/history/HistoryPage.tsx';
import { InvitationPage } from './pages/invitation/InvitationPage.tsx';
import { LoginPage } from './pages/login/LoginPage.tsx';
import { MatchesPage } from './pages/matches/MatchesPage.tsx';
import { MyNetworksPage } from './pages/my-networks/MyNetworksPage.tsx';
import { NetworkHomePage } from './pages/network-home/NetworkHomePage.tsx';
import { NotFoundPage } from './pages/not-found/NotFoundPage.tsx';
import { PartnerPage } from './pages/partner/PartnerPage.tsx';
import { PartnersPage } from './pages/partners/PartnersPage.tsx';
import { ImportPartnersPage } from './pages/partner-import/ImportPartnersPage.tsx';
import { ResetPasswordPage } from './pages/reset-password/ResetPasswordPage.tsx';
import { SetupPage } from './pages/setup/SetupPage.tsx';
import { createQueryClient } from './queries.ts';

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: 'setup', element: <SetupPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'invitations/:token', element: <InvitationPage /> },
      {
        element: <RequireSignedIn />,
        children: [
          { index: true, element: <MyNetworksPage /> },
          { path: 'networks/:networkId', element: <NetworkHomePage /> },
          { path: 'networks/:networkId/audit', element: <AuditLogPage /> },
          { path: 'networks/:networkId/partners', element: <PartnersPage /> },
          { path: 'networks/:networkId/partners/:partnerId', element: <PartnerPage /> },
          { path: 'networks/:networkId/compare', element: <ComparePage /> },
          { path: 'networks/:networkId/matches', element: <MatchesPage /> },
          { path: 'networks/:networkId/import', element: <ImportPartnersPage /> },
          { path: 'networks/:networkId/history', element: <HistoryPage /> },
          // The map brings sigma.js and graphology: its own chunk, loaded when the page is opened.
          { path: 'networks/:networkId/map', lazy: async () => ({ Component: (await import('./pages/network-map/NetworkMapPage.tsx')).NetworkMapPage }) },
          { path: 'admin/outbox', element: <OutboxPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
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
