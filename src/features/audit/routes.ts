import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonResponse, NetworkParams, PageQuery, pageSchema, Timestamp } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { listAudit } from './list-audit.ts';

const AuditEvent = z
  .object({
    id: z.uuid(),
    action: z.string().openapi({ example: 'invitation.create' }),
    objectType: z.string(),
    objectId: z.string().nullable(),
    actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    ipAddress: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    at: Timestamp,
  })
  .openapi('AuditEvent');

export const auditRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/networks/{networkId}/audit',
    tags: ['audit'],
    summary: "The network's audit log, newest first (coordinator)",
    request: { params: NetworkParams, query: PageQuery },
    responses: { 200: jsonResponse(pageSchema(AuditEvent), 'Audit events'), ...errorResponses },
  }),
  async (c) => c.json(await listAudit(c.var.deps, { membership: c.var.membership, page: c.req.valid('query') }), 200),
);
