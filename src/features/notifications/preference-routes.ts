import { createRoute, z } from '@hono/zod-openapi';
import { DELIVERIES, LANGUAGES, TOPIC_NAMES, type Delivery, type Topic } from '../../domain/notification-preferences.ts';
import { errorResponses, jsonBody, jsonResponse } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { requireUser } from '../../http/session.ts';
import { describeUnsubscribe, getNotificationPreferences, unsubscribe, updateNotificationPreferences } from './preferences.ts';

const TopicName = z.enum(TOPIC_NAMES as [Topic, ...Topic[]]).openapi({ example: 'ratification' });
const DeliveryName = z.enum(DELIVERIES).openapi({ description: 'immediately, in the daily or weekly digest, or not by mail (always in the app)' });
const LanguageName = z.enum(LANGUAGES);

const Preferences = z
  .object({
    language: LanguageName.nullable().openapi({ description: 'The language of your mail; null: the language of the network a mail is about' }),
    topics: z.array(z.object({ topic: TopicName, group: z.enum(['action', 'information']), delivery: DeliveryName, chosen: z.boolean() })),
  })
  .openapi('NotificationPreferences');

const PreferencesUpdate = z
  .object({
    language: LanguageName.nullable().optional(),
    deliveries: z.partialRecord(TopicName, DeliveryName).optional(),
  })
  .strict()
  .openapi('NotificationPreferencesUpdate');

const Scope = z.union([z.object({ topic: TopicName }), z.object({ digest: z.enum(['daily', 'weekly']) })]).openapi('UnsubscribeScope');

const TokenParam = z.object({
  token: z
    .string()
    .min(10)
    .max(400)
    .regex(/^[\w-]+\.[\w-]+$/)
    .openapi({ param: { name: 'token', in: 'path' }, description: 'The signed token from the mail' }),
});

const OneClick = z.object({ 'List-Unsubscribe': z.literal('One-Click') }).openapi('OneClickUnsubscribe');

/** The person's mail preferences, and the one-click unsubscribe of the links in the mails. */
export const preferenceRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/notification-preferences',
      tags: ['notifications'],
      summary: 'Your mail language and how each kind of notification reaches you by mail',
      responses: { 200: jsonResponse(Preferences, 'The preferences'), 401: errorResponses[401] },
    }),
    async (c) => c.json(await getNotificationPreferences(c.var.deps, { userId: requireUser(c).id }), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/me/notification-preferences',
      tags: ['notifications'],
      summary: 'Changes your mail language and the delivery of the kinds given',
      request: { body: jsonBody(PreferencesUpdate) },
      responses: { 200: jsonResponse(Preferences, 'The preferences after the change'), 400: errorResponses[400], 401: errorResponses[401] },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const deliveries = body.deliveries as Partial<Record<Topic, Delivery>> | undefined;
      return c.json(await updateNotificationPreferences(c.var.deps, { userId: requireUser(c).id, language: body.language, deliveries }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/unsubscribe/{token}',
      tags: ['notifications'],
      summary: 'The unsubscribe link of a mail: shows the confirmation page, changes nothing',
      request: { params: TokenParam },
      responses: { 302: { description: 'To the confirmation page' }, 400: errorResponses[400] },
    }),
    (c) => c.redirect(`/unsubscribe/${c.req.valid('param').token}`, 302),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/unsubscribe/{token}/scope',
      tags: ['notifications'],
      summary: 'What an unsubscribe link stops (no session needed)',
      request: { params: TokenParam },
      responses: { 200: jsonResponse(Scope, 'A kind of notification, or a digest'), 400: errorResponses[400], 404: errorResponses[404] },
    }),
    async (c) => c.json(await describeUnsubscribe(c.var.deps, { token: c.req.valid('param').token }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/unsubscribe/{token}',
      tags: ['notifications'],
      summary: 'One-click unsubscribe (RFC 8058): no more mail of this kind, no session needed',
      request: { params: TokenParam, body: { content: { 'application/x-www-form-urlencoded': { schema: OneClick } }, required: true } },
      responses: { 200: jsonResponse(Scope, 'Unsubscribed: this kind now comes only in the app'), 400: errorResponses[400], 404: errorResponses[404] },
    }),
    async (c) => {
      c.req.valid('form');
      return c.json(await unsubscribe(c.var.deps, { token: c.req.valid('param').token }), 200);
    },
  );
