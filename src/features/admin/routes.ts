import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonResponse, PageQuery, pageSchema, Timestamp } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { requireUser } from '../../http/session.ts';
import { listOutbox } from './list-outbox.ts';

const OutboxMail = z
  .object({
    id: z.uuid(),
    to: z.string(),
    subject: z.string(),
    text: z.string().nullable().openapi({ description: 'The text; null when SMTP delivers mail (only undelivered mails are listed then)' }),
    status: z.enum(['outbox', 'queued', 'sent', 'failed']),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: Timestamp,
    sentAt: Timestamp.nullable(),
  })
  .openapi('OutboxMail');

export const adminRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/admin/outbox',
    tags: ['instance'],
    summary: 'The outbox (administrator): without SMTP the delivery route for all mail; with SMTP the mails that could not be delivered',
    description:
      'delivery "outbox": no SMTP server is set, so mail is delivered by hand from here; every mail with its text, except password resets, which only their recipient sees. ' +
      'delivery "smtp": only mails that failed or are being retried, without their text.',
    request: { query: PageQuery },
    responses: { 200: jsonResponse(pageSchema(OutboxMail).extend({ delivery: z.enum(['outbox', 'smtp']) }).openapi('Outbox'), 'Mails, newest first'), ...errorResponses },
  }),
  async (c) => c.json(await listOutbox(c.var.deps, { userId: requireUser(c).id, page: c.req.valid('query') }), 200),
);
