import { createRoute, z } from '@hono/zod-openapi';
import { ROLES } from '../../db/schema.ts';
import { conflictResponse, errorResponses, jsonBody, jsonResponse } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { actorOf, requireUser } from '../../http/session.ts';
import { deleteMyAccount, FORMER_PARTICIPANT } from './delete-my-account.ts';
import { exportMyData } from './export-my-data.ts';
import { getMe } from './get-me.ts';

const Me = z
  .object({
    user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
    isAdmin: z.boolean(),
    mayCreateNetwork: z.boolean().openapi({ description: 'The administrator, or someone who coordinates a network, may start a new one' }),
    roles: z.array(z.object({ networkId: z.uuid(), networkName: z.string(), role: z.enum(ROLES), partnerId: z.uuid().nullable() })),
  })
  .openapi('Me');

const DeletedAccountSchema = z
  .object({ deleted: z.literal(true), shownAs: z.string().openapi({ description: 'The name that now stands where the person appears' }) })
  .openapi('DeletedAccount');
const DeleteAccountBody = z.object({ password: z.string().min(1).max(128) }).openapi('DeleteAccount');

export const meRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags: ['accounts'],
      summary: 'The signed-in user and their roles per network',
      responses: { 200: jsonResponse(Me, 'The user'), 401: errorResponses[401] },
    }),
    async (c) => c.json(await getMe(c.var.deps, { user: requireUser(c) }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/export',
      tags: ['accounts'],
      summary: 'Everything the product holds about the signed-in person, as a ZIP of JSON and CSV files (AVG/GDPR articles 15 and 20)',
      description:
        'A read-me, account.json (the account and the roles per network) and per kind of record a JSON and a CSV file: memberships, profile texts, history, agreements and consents, ' +
        'steps, requests, notifications, audit entries of their own actions, the e-mails sent to them, and more. Never round answers (nobody sees them one by one), ' +
        'passwords, tokens or e-mail bodies.',
      responses: {
        200: { description: 'The ZIP file, as an attachment', content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } } },
        401: errorResponses[401],
      },
    }),
    async (c) => {
      const file = await exportMyData(c.var.deps, { user: requireUser(c) });
      return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'cache-control': 'no-store',
      });
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/me',
      tags: ['accounts'],
      summary: 'Delete one\'s own account after proving the password (AVG/GDPR article 17)',
      description:
        'The name becomes "voormalig deelnemer" wherever the person appears, the e-mail address one that cannot receive mail; sessions, password, memberships, ' +
        'notifications and mails go; open steps they claimed become unclaimed; round answers keep counting in the aggregates without pointing to anyone. ' +
        '403 with a wrong password; 409 while the person is the only coordinator of a network (details.networks) or the only administrator.',
      request: { body: jsonBody(DeleteAccountBody) },
      responses: { 200: jsonResponse(DeletedAccountSchema, 'Deleted; the session has ended'), 401: errorResponses[401], 400: errorResponses[400], 403: errorResponses[403], ...conflictResponse },
    }),
    async (c) => {
      await deleteMyAccount(c.var.deps, { actor: actorOf(c), password: c.req.valid('json').password });
      return c.json({ deleted: true as const, shownAs: FORMER_PARTICIPANT }, 200);
    },
  );
