import { createRoute, z } from '@hono/zod-openapi';
import { ROLES } from '../../db/schema.ts';
import { errorResponses, jsonResponse } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { requireUser } from '../../http/session.ts';
import { getMe } from './get-me.ts';

const Me = z
  .object({
    user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
    isAdmin: z.boolean(),
    mayCreateNetwork: z.boolean().openapi({ description: 'The administrator, or someone who coordinates a network, may start a new one' }),
    roles: z.array(z.object({ networkId: z.uuid(), networkName: z.string(), role: z.enum(ROLES), partnerId: z.uuid().nullable() })),
  })
  .openapi('Me');

export const meRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/me',
    tags: ['accounts'],
    summary: 'The signed-in user and their roles per network',
    responses: { 200: jsonResponse(Me, 'The user'), 401: errorResponses[401] },
  }),
  async (c) => c.json(await getMe(c.var.deps, { user: requireUser(c) }), 200),
);
