import type { ComponentType } from 'react';

/**
 * One screen of the app: its path (react-router syntax, relative to the root; '' is the index),
 * who may open it, and how its code arrives. Every page is a chunk of its own, so what one page
 * needs (ECharts, sigma.js, react-markdown, luxon) is downloaded only when that page is opened.
 */
export interface PageRoute {
  path: string;
  /** 'public' pages work signed out; 'signedIn' pages send others to the login page first. */
  access: 'public' | 'signedIn';
  load: () => Promise<ComponentType>;
}

/**
 * The route table of the web app, by page name. App.tsx builds the router from it, and the
 * browser test that visits every page (test/e2e/every-page.test.ts) reads it, so a new page
 * cannot be left out of that test.
 *
 * @example
 * const Page = await pageRoutes.networkHome.load(); // the NetworkHomePage component
 */
export const pageRoutes = {
  setup: { path: 'setup', access: 'public', load: async () => (await import('./pages/setup/SetupPage.tsx')).SetupPage },
  login: { path: 'login', access: 'public', load: async () => (await import('./pages/login/LoginPage.tsx')).LoginPage },
  forgotPassword: { path: 'forgot-password', access: 'public', load: async () => (await import('./pages/forgot-password/ForgotPasswordPage.tsx')).ForgotPasswordPage },
  resetPassword: { path: 'reset-password', access: 'public', load: async () => (await import('./pages/reset-password/ResetPasswordPage.tsx')).ResetPasswordPage },
  accessibility: { path: 'accessibility', access: 'public', load: async () => (await import('./pages/accessibility/AccessibilityStatementPage.tsx')).AccessibilityStatementPage },
  ssoLink: { path: 'sso-link/:token', access: 'public', load: async () => (await import('./pages/sso-link/SsoLinkPage.tsx')).SsoLinkPage },
  invitation: { path: 'invitations/:token', access: 'public', load: async () => (await import('./pages/invitation/InvitationPage.tsx')).InvitationPage },
  myNetworks: { path: '', access: 'signedIn', load: async () => (await import('./pages/my-networks/MyNetworksPage.tsx')).MyNetworksPage },
  networkHome: { path: 'networks/:networkId', access: 'signedIn', load: async () => (await import('./pages/network-home/NetworkHomePage.tsx')).NetworkHomePage },
  people: { path: 'networks/:networkId/people', access: 'signedIn', load: async () => (await import('./pages/people/PeoplePage.tsx')).PeoplePage },
  audit: { path: 'networks/:networkId/audit', access: 'signedIn', load: async () => (await import('./pages/audit-log/AuditLogPage.tsx')).AuditLogPage },
  partners: { path: 'networks/:networkId/partners', access: 'signedIn', load: async () => (await import('./pages/partners/PartnersPage.tsx')).PartnersPage },
  partner: { path: 'networks/:networkId/partners/:partnerId', access: 'signedIn', load: async () => (await import('./pages/partner/PartnerPage.tsx')).PartnerPage },
  compare: { path: 'networks/:networkId/compare', access: 'signedIn', load: async () => (await import('./pages/compare/ComparePage.tsx')).ComparePage },
  matches: { path: 'networks/:networkId/matches', access: 'signedIn', load: async () => (await import('./pages/matches/MatchesPage.tsx')).MatchesPage },
  import: { path: 'networks/:networkId/import', access: 'signedIn', load: async () => (await import('./pages/partner-import/ImportPartnersPage.tsx')).ImportPartnersPage },
  history: { path: 'networks/:networkId/history', access: 'signedIn', load: async () => (await import('./pages/history/HistoryPage.tsx')).HistoryPage },
  differences: { path: 'networks/:networkId/differences', access: 'signedIn', load: async () => (await import('./pages/differences/DifferencesPage.tsx')).DifferencesPage },
  difference: { path: 'networks/:networkId/differences/:differenceId', access: 'signedIn', load: async () => (await import('./pages/difference/DifferencePage.tsx')).DifferencePage },
  valueMap: { path: 'networks/:networkId/value-map', access: 'signedIn', load: async () => (await import('./pages/value-map/ValueMapPage.tsx')).ValueMapPage },
  stories: { path: 'networks/:networkId/stories', access: 'signedIn', load: async () => (await import('./pages/stories/StoriesPage.tsx')).StoriesPage },
  vision: { path: 'networks/:networkId/vision', access: 'signedIn', load: async () => (await import('./pages/vision/VisionPage.tsx')).VisionPage },
  availability: { path: 'networks/:networkId/availability', access: 'signedIn', load: async () => (await import('./pages/availability/AvailabilityPage.tsx')).AvailabilityPage },
  availabilityEdit: { path: 'networks/:networkId/availability/edit', access: 'signedIn', load: async () => (await import('./pages/availability/ScheduleEditorPage.tsx')).ScheduleEditorPage },
  callNow: { path: 'networks/:networkId/call-now', access: 'signedIn', load: async () => (await import('./pages/call-now/CallNowPage.tsx')).CallNowPage },
  tasks: { path: 'networks/:networkId/tasks', access: 'signedIn', load: async () => (await import('./pages/tasks/TasksPage.tsx')).TasksPage },
  agreements: { path: 'networks/:networkId/agreements', access: 'signedIn', load: async () => (await import('./pages/agreements/AgreementsPage.tsx')).AgreementsPage },
  agreement: { path: 'networks/:networkId/agreements/:agreementId', access: 'signedIn', load: async () => (await import('./pages/agreement/AgreementPage.tsx')).AgreementPage },
  map: { path: 'networks/:networkId/map', access: 'signedIn', load: async () => (await import('./pages/network-map/NetworkMapPage.tsx')).NetworkMapPage },
  notifications: { path: 'notifications', access: 'signedIn', load: async () => (await import('./pages/notifications/NotificationsPage.tsx')).NotificationsPage },
  rounds: { path: 'networks/:networkId/rounds', access: 'signedIn', load: async () => (await import('./pages/rounds/RoundsPage.tsx')).RoundsPage },
  signals: { path: 'networks/:networkId/signals', access: 'signedIn', load: async () => (await import('./pages/signals/SignalsPage.tsx')).SignalsPage },
  agenda: { path: 'networks/:networkId/agenda', access: 'signedIn', load: async () => (await import('./pages/agenda/AgendaPage.tsx')).AgendaPage },
  round: { path: 'networks/:networkId/rounds/:roundId', access: 'signedIn', load: async () => (await import('./pages/round/RoundPage.tsx')).RoundPage },
  questionnaire: { path: 'networks/:networkId/rounds/:roundId/questionnaire', access: 'signedIn', load: async () => (await import('./pages/questionnaire/QuestionnairePage.tsx')).QuestionnairePage },
  roundResults: { path: 'networks/:networkId/rounds/:roundId/results', access: 'signedIn', load: async () => (await import('./pages/round-results/RoundResultsPage.tsx')).RoundResultsPage },
  steps: { path: 'networks/:networkId/steps', access: 'signedIn', load: async () => (await import('./pages/steps/StepsBoardPage.tsx')).StepsBoardPage },
  myData: { path: 'my-data', access: 'signedIn', load: async () => (await import('./pages/my-data/MyDataPage.tsx')).MyDataPage },
  notificationSettings: { path: 'settings/notifications', access: 'signedIn', load: async () => (await import('./pages/notification-settings/NotificationSettingsPage.tsx')).NotificationSettingsPage },
  unsubscribe: { path: 'unsubscribe/:token', access: 'public', load: async () => (await import('./pages/unsubscribe/UnsubscribePage.tsx')).UnsubscribePage },
  mySteps: { path: 'my-steps', access: 'signedIn', load: async () => (await import('./pages/my-steps/MyStepsPage.tsx')).MyStepsPage },
  requests: { path: 'networks/:networkId/requests', access: 'signedIn', load: async () => (await import('./pages/requests/RequestsPage.tsx')).RequestsPage },
  goals: { path: 'networks/:networkId/goals', access: 'signedIn', load: async () => (await import('./pages/goals/GoalsPage.tsx')).GoalsPage },
  sessions: { path: 'networks/:networkId/sessions', access: 'signedIn', load: async () => (await import('./pages/sessions/SessionsPage.tsx')).SessionsPage },
  session: { path: 'networks/:networkId/sessions/:sessionId', access: 'signedIn', load: async () => (await import('./pages/session/SessionPage.tsx')).SessionPage },
  decisions: { path: 'networks/:networkId/decisions', access: 'signedIn', load: async () => (await import('./pages/decisions/DecisionsPage.tsx')).DecisionsPage },
  retention: { path: 'admin/retention', access: 'signedIn', load: async () => (await import('./pages/admin-retention/RetentionPage.tsx')).RetentionPage },
  ssoProviders: { path: 'admin/sso', access: 'signedIn', load: async () => (await import('./pages/admin-sso/SsoProvidersPage.tsx')).SsoProvidersPage },
  ssoLinks: { path: 'networks/:networkId/sso', access: 'signedIn', load: async () => (await import('./pages/sso-links/SsoLinksPage.tsx')).SsoLinksPage },
  outbox: { path: 'admin/outbox', access: 'signedIn', load: async () => (await import('./pages/admin-outbox/OutboxPage.tsx')).OutboxPage },
  measurement: { path: 'measurement', access: 'public', load: async () => (await import('./pages/measurement/MeasurementPage.tsx')).MeasurementPage },
  notFound: { path: '*', access: 'public', load: async () => (await import('./pages/not-found/NotFoundPage.tsx')).NotFoundPage },
} satisfies Record<string, PageRoute>;

/** The name of a page in the route table. */
export type PageName = keyof typeof pageRoutes;
