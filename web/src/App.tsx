import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { RequireSignedIn } from './components/RequireSignedIn.tsx';
import { OutboxPage } from './pages/admin-outbox/OutboxPage.tsx';
import { AgreementPage } from './pages/agreement/AgreementPage.tsx';
import { AgreementsPage } from './pages/agreements/AgreementsPage.tsx';
import { AuditLogPage } from './pages/audit-log/AuditLogPage.tsx';
import { ComparePage } from './pages/compare/ComparePage.tsx';
import { ForgotPasswordPage } from './pages/forgot-password/ForgotPasswordPage.tsx';
import { HistoryPage } from './pages/history/HistoryPage.tsx';
import { DifferencePage } from './pages/difference/DifferencePage.tsx';
import { DifferencesPage } from './pages/differences/DifferencesPage.tsx';
import { StoriesPage } from './pages/stories/StoriesPage.tsx';
import { VisionPage } from './pages/vision/VisionPage.tsx';
import { TasksPage } from './pages/tasks/TasksPage.tsx';
import { NotificationsPage } from './pages/notifications/NotificationsPage.tsx';
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
import { StepsBoardPage } from './pages/steps/StepsBoardPage.tsx';
import { MyStepsPage } from './pages/my-steps/MyStepsPage.tsx';
import { RequestsPage } from './pages/requests/RequestsPage.tsx';
import { GoalsPage } from './pages/goals/GoalsPage.tsx';
import { DecisionsPage } from './pages/decisions/DecisionsPage.tsx';
import { SessionPage } from './pages/session/SessionPage.tsx';
import { SessionsPage } from './pages/sessions/SessionsPage.tsx';
import { QuestionnairePage } from './pages/questionnaire/QuestionnairePage.tsx';
import { RoundPage } from './pages/round/RoundPage.tsx';
import { AgendaPage } from './pages/agenda/AgendaPage.tsx';
import { RoundsPage } from './pages/rounds/RoundsPage.tsx';
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
          { path: 'networks/:networkId/differences', element: <DifferencesPage /> },
          { path: 'networks/:networkId/differences/:differenceId', element: <DifferencePage /> },
          // The value map brings ECharts: its own chunk, loaded when the page is opened.
          { path: 'networks/:networkId/value-map', lazy: async () => ({ Component: (await import('./pages/value-map/ValueMapPage.tsx')).ValueMapPage }) },
          { path: 'networks/:networkId/stories', element: <StoriesPage /> },
          { path: 'networks/:networkId/vision', element: <VisionPage /> },
          // Availability brings luxon for Europe/Amsterdam wall-clock time: its own chunk.
          { path: 'networks/:networkId/availability', lazy: async () => ({ Component: (await import('./pages/availability/AvailabilityPage.tsx')).AvailabilityPage }) },
          { path: 'networks/:networkId/availability/edit', lazy: async () => ({ Component: (await import('./pages/availability/ScheduleEditorPage.tsx')).ScheduleEditorPage }) },
          { path: 'networks/:networkId/call-now', lazy: async () => ({ Component: (await import('./pages/call-now/CallNowPage.tsx')).CallNowPage }) },
          { path: 'networks/:networkId/tasks', element: <TasksPage /> },
          { path: 'networks/:networkId/agreements', element: <AgreementsPage /> },
          { path: 'networks/:networkId/agreements/:agreementId', element: <AgreementPage /> },
          // The map brings sigma.js and graphology: its own chunk, loaded when the page is opened.
          { path: 'networks/:networkId/map', lazy: async () => ({ Component: (await import('./pages/network-map/NetworkMapPage.tsx')).NetworkMapPage }) },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'networks/:networkId/rounds', element: <RoundsPage /> },
          // Signals bring ECharts: their own chunk, loaded when the page is opened.
          { path: 'networks/:networkId/signals', lazy: async () => ({ Component: (await import('./pages/signals/SignalsPage.tsx')).SignalsPage }) },
          { path: 'networks/:networkId/agenda', element: <AgendaPage /> },
          { path: 'networks/:networkId/rounds/:roundId', element: <RoundPage /> },
          { path: 'networks/:networkId/rounds/:roundId/questionnaire', element: <QuestionnairePage /> },
          // The results bring ECharts and the map's sigma.js: a chunk of their own.
          { path: 'networks/:networkId/rounds/:roundId/results', lazy: async () => ({ Component: (await import('./pages/round-results/RoundResultsPage.tsx')).RoundResultsPage }) },
          { path: 'networks/:networkId/steps', element: <StepsBoardPage /> },
          { path: 'my-steps', element: <MyStepsPage /> },
          { path: 'networks/:networkId/requests', element: <RequestsPage /> },
          { path: 'networks/:networkId/goals', element: <GoalsPage /> },
          { path: 'networks/:networkId/sessions', element: <SessionsPage /> },
          { path: 'networks/:networkId/sessions/:sessionId', element: <SessionPage /> },
          { path: 'networks/:networkId/decisions', element: <DecisionsPage /> },
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
