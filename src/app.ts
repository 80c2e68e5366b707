import { OpenAPIHono } from '@hono/zod-openapi';
import { CLIENT_IP_HEADER } from './auth/auth.ts';
import type { AppDeps } from './deps.ts';
import type { AppEnv } from './http/context.ts';
import { mountDocs } from './http/docs.ts';
import { errorBody, handleError } from './http/errors.ts';
import { guardInput } from './http/input-guard.ts';
import { resolveNetworkRole } from './http/network-role.ts';
import { limitBody, sameOriginWrites, securityHeaders } from './http/security.ts';
import { clientAddress, resolveSession } from './http/session.ts';
import { mountWebApp } from './http/static.ts';
import { adminRoutes } from './features/admin/routes.ts';
import { retentionRoutes } from './features/retention/routes.ts';
import { agreementRoutes } from './features/agreements/routes.ts';
import { attentionRoutes } from './features/attention/routes.ts';
import { auditRoutes } from './features/audit/routes.ts';
import { differenceRoutes } from './features/differences/routes.ts';
import { storyRoutes } from './features/stories/routes.ts';
import { valueMapRoutes } from './features/value-map/routes.ts';
import { visionRoutes } from './features/vision/routes.ts';
import { healthRoutes } from './features/health/routes.ts';
import { historyRoutes } from './features/history/routes.ts';
import { invitationRoutes } from './features/invitations/routes.ts';
import { mapRoutes } from './features/map/routes.ts';
import { meRoutes } from './features/me/routes.ts';
import { networkRoutes } from './features/networks/routes.ts';
import { notificationRoutes } from './features/notifications/routes.ts';
import { aboutRoutes, wellKnownRoutes } from './features/about/routes.ts';
import { fhirRoutes } from './features/fhir/routes.ts';
import { partnerFileRoutes } from './features/partner-files/routes.ts';
import { profileRoutes } from './features/partners/profile-routes.ts';
import { partnerRoutes } from './features/partners/routes.ts';
import { setupRoutes } from './features/setup/routes.ts';
import { decisionRoutes } from './features/decisions/routes.ts';
import { sessionAgendaRoutes } from './features/sessions/agenda-routes.ts';
import { reportRoutes } from './features/reports/routes.ts';
import { sessionRoutes } from './features/sessions/routes.ts';
import { stageRoutes } from './features/stage/routes.ts';
import { signalRoutes } from './features/signals/routes.ts';
import { agendaRoutes } from './features/agenda/routes.ts';
import { capabilityRoutes } from './features/availability/capability-routes.ts';
import { availabilityRoutes } from './features/availability/routes.ts';
import { roundRoutes } from './features/rounds/routes.ts';
import { resultRoutes } from './features/results/routes.ts';
import { stepRoutes } from './features/steps/routes.ts';
import { requestRoutes } from './features/requests/routes.ts';
import { offerRoutes } from './features/offers/routes.ts';
import { goalRoutes } from './features/goals/routes.ts';
import { taskRoutes } from './features/tasks/routes.ts';
import { preferenceRoutes } from './features/notifications/preference-routes.ts';
import { ssoRoutes } from './features/sso/routes.ts';
import { calendarRoutes } from './features/calendar/routes.ts';

/**
 * Every feature router, mounted under /api. Add a new feature here and in test/access.test.ts.
 * Hono tries routes in this order: partnerRoutes stays after routes with a fixed segment under
 * /partners/ (import, export), which its /partners/{partnerId} would otherwise answer with a 400.
 */
const featureRoutes = [healthRoutes, aboutRoutes, setupRoutes, meRoutes, notificationRoutes, preferenceRoutes, networkRoutes, invitationRoutes, auditRoutes, adminRoutes, retentionRoutes, ssoRoutes, partnerFileRoutes, fhirRoutes, partnerRoutes, profileRoutes, historyRoutes, mapRoutes, stageRoutes, attentionRoutes, taskRoutes, stepRoutes, sessionRoutes, sessionAgendaRoutes, reportRoutes, decisionRoutes, roundRoutes, capabilityRoutes, availabilityRoutes, agreementRoutes, resultRoutes, signalRoutes, agendaRoutes, requestRoutes, offerRoutes, differenceRoutes, valueMapRoutes, storyRoutes, visionRoutes, goalRoutes, calendarRoutes];

/**
 * The whole HTTP app: security middleware, better-auth under /api/auth, our JSON API with its
 * OpenAPI document, the docs and the web app.
 */
export function createApp(deps: AppDeps, options: { serveWeb?: boolean } = {}) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  app.use('*', securityHeaders);
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('/api/*', limitBody);
  app.use('/api/auth/*', guardInput);

  // better-auth sees the client address through a header that only the server itself sets.
  app.on(['GET', 'POST'], '/api/auth/*', (c) => {
    const headers = new Headers(c.req.raw.headers);
    headers.delete(CLIENT_IP_HEADER);
    const ip = clientAddress(c, deps.config.trustProxy);
    if (ip) headers.set(CLIENT_IP_HEADER, ip);
    return deps.auth.handler(new Request(c.req.raw, { headers }));
  });

  app.use('/api/*', sameOriginWrites(deps.config.publicUrl));
  app.use('/api/*', resolveSession);
  app.use('/api/networks/:networkId', resolveNetworkRole);
  app.use('/api/networks/:networkId/*', resolveNetworkRole);
  // After the role check, so a caller without a role in a network gets its 404 whatever the body.
  app.use('/api/*', guardInput);
  for (const routes of featureRoutes) app.route('/api', routes);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Ketenregie API',
      version: deps.version,
      description:
        'Direction of collaboration between organisations in Dutch health care and the social domain. ' +
        'Errors have the body { "error": { "code", "message", "details"? } }. A network you hold no role in answers 404.',
    },
    servers: [{ url: deps.config.publicUrl }],
  });
  mountDocs(app);
  app.route('/', wellKnownRoutes);
  app.all('/api/*', (c) => c.json(errorBody('not_found', 'No such API route'), 404));
  if (options.serveWeb !== false) mountWebApp(app);
  return app;
}

export type App = ReturnType<typeof createApp>;
