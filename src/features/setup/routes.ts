import { createRoute, z } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { Email, Password, PersonName } from '../accounts/account-fields.ts';
import { startSession } from '../accounts/create-account.ts';
import { isSetUp, setUpInstance } from './set-up-instance.ts';

const SetupBody = z
  .strictObject({
    name: PersonName,
    email: Email,
    password: Password,
    loadExample: z.boolean().optional().openapi({ description: 'Also load the example network (a youth crisis route), with the administrator as its coordinator' }),
  })
  .openapi('SetupRequest');

export const setupRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/setup',
      tags: ['instance'],
      summary: 'Whether the first administrator exists',
      responses: { 200: jsonResponse(z.object({ setUp: z.boolean() }), 'Setup state') },
    }),
    async (c) => c.json({ setUp: await isSetUp(c.var.deps) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/setup',
      tags: ['instance'],
      summary: 'Create the first administrator (once) and sign in',
      request: { body: jsonBody(SetupBody) },
      responses: {
        201: jsonResponse(
          z.object({ userId: z.uuid(), exampleNetworkId: z.uuid().optional().openapi({ description: 'The example network, when loadExample was true' }) }),
          'Administrator created; the response sets the session cookie',
        ),
        400: errorResponses[400],
        ...conflictResponse,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const { loadExample, ...admin } = body;
      const { user, exampleNetworkId } = await setUpInstance(c.var.deps, { admin, ip: c.get('clientIp'), loadExample: loadExample === true });
      for (const cookie of await startSession(c.var.deps.auth, admin, c.req.raw.headers)) c.header('set-cookie', cookie, { append: true });
      return c.json(exampleNetworkId ? { userId: user.id, exampleNetworkId } : { userId: user.id }, 201);
    },
  );
