import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, IdParam, jsonResponse, PageQuery, pageSchema, Timestamp } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { requireUser } from '../../http/session.ts';
import { listNotifications } from './list-notifications.ts';
import { markAllNotificationsRead, markNotificationRead } from './mark-read.ts';

const Notification = z
  .object({
    id: z.uuid(),
    networkId: z.uuid(),
    networkName: z.string(),
    kind: z.string().openapi({ example: 'agreement.proposed' }),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    link: z.string().openapi({ example: '/networks/…/agreements/…' }),
    createdAt: Timestamp,
    read: z.boolean(),
  })
  .openapi('Notification');

const NotificationPage = pageSchema(Notification).extend({ unread: z.number().int() }).openapi('NotificationPage');

export const notificationRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/notifications',
      tags: ['notifications'],
      summary: "The signed-in person's notifications in the networks they belong to, newest first",
      request: { query: PageQuery.extend({ unread: z.enum(['true', 'false']).optional().openapi({ param: { name: 'unread', in: 'query' } }) }) },
      responses: { 200: jsonResponse(NotificationPage, 'Notifications and the unread count'), 400: errorResponses[400], 401: errorResponses[401] },
    }),
    async (c) => {
      const query = c.req.valid('query');
      return c.json(await listNotifications(c.var.deps, { userId: requireUser(c).id, filter: { ...query, unread: query.unread === 'true' } }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/me/notifications/{notificationId}/read',
      tags: ['notifications'],
      summary: 'Marks one notification read',
      request: { params: z.object({ notificationId: IdParam.openapi({ param: { name: 'notificationId', in: 'path' } }) }) },
      responses: { 204: { description: 'Marked read' }, 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] },
    }),
    async (c) => {
      await markNotificationRead(c.var.deps, { userId: requireUser(c).id, notificationId: c.req.valid('param').notificationId });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/me/notifications/read-all',
      tags: ['notifications'],
      summary: 'Marks all notifications read',
      responses: { 200: jsonResponse(z.object({ marked: z.number().int() }), 'How many were marked'), 401: errorResponses[401] },
    }),
    async (c) => c.json({ marked: await markAllNotificationsRead(c.var.deps, { userId: requireUser(c).id }) }, 200),
  );
