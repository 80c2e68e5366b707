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
    text: z.string(),
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
    summary: 'Mail written by the installation (administrator)',
    request: { query: PageQuery },
    responses: { 200: jsonResponse(pageSchema(OutboxMail), 'Mails, newest first'), ...errorResponses },
  }),
  async (c) => c.json(await listOutbox(c.var.deps, { userId: requireUser(c).id, page: c.req.valid('query') }), 200),
);
