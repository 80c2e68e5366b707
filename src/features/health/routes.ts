import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { checkHealth } from './check-health.ts';

const Health = z.object({ status: z.enum(['ok']), database: z.enum(['pglite', 'postgres']), version: z.string() }).openapi('Health');

export const healthRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/health',
    tags: ['instance'],
    summary: 'Liveness and database mode',
    responses: { 200: jsonResponse(Health, 'The server and its database answer') },
  }),
  async (c) => c.json(await checkHealth(c.var.deps), 200),
);
