import { createRoute, z } from '@hono/zod-openapi';
import { MAX_MONTHS, RETENTION_KINDS, type RetentionKind } from '../../domain/retention.ts';
import { errorResponses, jsonBody, jsonResponse, Timestamp } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { actorOf, requireUser } from '../../http/session.ts';
import { getRetention } from './get-retention.ts';
import { updateRetention } from './update-retention.ts';

const Kind = z.enum(RETENTION_KINDS);
const Months = z.number().int().min(0).max(MAX_MONTHS).nullable().openapi({ description: 'Calendar months; null keeps the records as long as the network or account exists' });
const PerKind = <T extends z.ZodType>(value: T) => z.strictObject(Object.fromEntries(RETENTION_KINDS.map((k) => [k, value])) as Record<RetentionKind, T>);

const Retention = z
  .object({
    maxMonths: z.number().int(),
    kinds: z.array(
      z.object({
        kind: Kind,
        months: z.number().int().nullable(),
        defaultMonths: z.number().int(),
        minMonths: z.number().int(),
        foreverAllowed: z.boolean(),
        countedFrom: z.enum(['roundClosed', 'created', 'read', 'delivered', 'expired', 'finished']),
        due: z.number().int().openapi({ description: 'Records due for removal now: rounds for roundAnswers and openAnswers, rows otherwise' }),
      }),
    ),
    lastRun: z.object({ at: Timestamp, removed: PerKind(z.number().int()) }).nullable().openapi({ description: 'The last run of the daily job and how many records of each kind it removed' }),
  })
  .openapi('Retention');

const RetentionBody = z.object({ periods: PerKind(Months) }).openapi('RetentionUpdate');

const description =
  'Kinds: roundAnswers (the raw answers of a round, counted from its closing; its computed results are kept), openAnswers (their texts; never longer than roundAnswers), ' +
  'auditEvents, readNotifications (from reading), deliveredMail, expiredInvitations (never accepted, from expiry or withdrawal), expiredSessions, finishedJobs. ' +
  'A daily job removes what is due and audits how many records went.';

export const retentionRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/retention',
      tags: ['instance'],
      summary: 'The retention periods per kind of record, how many records are due now, and the last run of the daily job (administrator)',
      description,
      responses: { 200: jsonResponse(Retention, 'The periods'), 401: errorResponses[401], 403: errorResponses[403] },
    }),
    async (c) => c.json(await getRetention(c.var.deps, { userId: requireUser(c).id }), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/admin/retention',
      tags: ['instance'],
      summary: 'Set the retention periods of every kind of record (administrator)',
      description: `${description} 400 when a period is below its kind's minimum, "keep forever" where it is not allowed, or open answers would be kept longer than the raw answers.`,
      request: { body: jsonBody(RetentionBody) },
      responses: { 200: jsonResponse(Retention, 'The periods now in force'), 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] },
    }),
    async (c) => c.json(await updateRetention(c.var.deps, { actor: actorOf(c), periods: c.req.valid('json').periods }), 200),
  );
