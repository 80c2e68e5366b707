import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { jsonResponse } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';

const Health = z.object({ status: z.enum(['ok']), database: z.enum(['pglite', 'postgres']), version: z.string() }).openapi('Health');

export const healthRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/health',
    tags: ['instance'],
    summary: 'Liveness and database mode',
    responses: { 200: jsonResponse(Health, 'The server and its database answer') },
  }),
  async (c) => {
    const { db, dbKind, version } = c.var.deps;
    await sql`select 1`.execute(db);
    return c.json({ status: 'ok' as const, database: dbKind, version }, 200);
  },
);
