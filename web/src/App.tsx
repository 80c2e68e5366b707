import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { RequireSignedIn } from './components/RequireSignedIn.tsx';
import { OutboxPage } from './pages/admin-outbox/OutboxPage.tsx';
import { AuditLogPage } from './pages/audit-log/AuditLogPage.tsx';
import { ForgotPasswordPage } from './pages/forgot-password/ForgotPasswordPage.tsx';
import { InvitationPage } from './pages/invitation/InvitationPage.tsx';
import { LoginPage } from './pages/login/LoginPage.tsx';
import { MyNetworksPage } from './pages/my-networks/MyNetworksPage.tsx';
import { NetworkHomePage } from './pages/network-home/NetworkHomePage.tsx';
import { NotFoundPage } from './pages/not-found/NotFoundPage.tsx';
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
