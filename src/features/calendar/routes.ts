import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, IdParam, jsonBody, jsonResponse, NetworkParams, Timestamp } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { actorOf, callerOf } from '../../http/session.ts';
import { CALENDAR_CONTENT_TYPE } from './calendar-file.ts';
import { downloadReviewCalendar, downloadRoundCalendar, downloadSessionCalendar, type CalendarDownload } from './download-calendar.ts';
import { createMyFeed, getMyFeed, revokeMyFeed } from './manage-feeds.ts';
import { readFeed } from './read-feed.ts';

const tags = ['calendar'];
const Language = z.enum(['nl', 'en']).openapi({ description: 'Language of titles and descriptions (default nl)' });
const LanguageQuery = z.object({ lang: Language.default('nl').openapi({ param: { name: 'lang', in: 'query' } }) });
const calendarResponse = (description: string) => ({
  200: { description, content: { 'text/calendar': { schema: z.string().openapi({ description: 'An iCalendar file (RFC 5545)' }) } } },
  ...errorResponses,
});

const FeedSchema = z
  .object({ id: z.uuid(), language: Language, createdAt: Timestamp })
  .openapi('CalendarFeed', { description: 'A personal calendar feed; its address is shown only when it is made' });
const NewFeedSchema = FeedSchema.extend({ url: z.url().openapi({ description: 'The secret address to subscribe to; shown this once' }) }).openapi('NewCalendarFeed');
const FeedFileParams = z.object({
  feedFile: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}\.ics$/)
    .openapi({ param: { name: 'feedFile', in: 'path' }, description: 'The secret token followed by .ics' }),
});

function sendCalendar(c: Context<AppEnv>, file: CalendarDownload, disposition: 'attachment' | 'inline' = 'attachment') {
  return c.body(file.body, 200, {
    'content-type': CALENDAR_CONTENT_TYPE,
    'content-disposition': `${disposition}; filename="${file.fileName}"`,
    'cache-control': 'no-store',
  });
}

export const calendarRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/rounds/{roundId}/calendar',
      tags,
      summary: "A round's closing moment as a calendar file (everyone in the network)",
      request: { params: NetworkParams.extend({ roundId: IdParam.openapi({ param: { name: 'roundId', in: 'path' } }) }), query: LanguageQuery },
      responses: calendarResponse('The .ics file, as an attachment'),
    }),
    async (c) => sendCalendar(c, await downloadRoundCalendar(c.var.deps, { ...callerOf(c), roundId: c.req.valid('param').roundId, language: c.req.valid('query').lang })),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/sessions/{sessionId}/calendar',
      tags,
      summary: 'A session with its time, place and agenda as a calendar file (everyone in the network)',
      request: { params: NetworkParams.extend({ sessionId: IdParam.openapi({ param: { name: 'sessionId', in: 'path' } }) }), query: LanguageQuery },
      responses: calendarResponse('The .ics file, as an attachment'),
    }),
    async (c) => sendCalendar(c, await downloadSessionCalendar(c.var.deps, { ...callerOf(c), meetingId: c.req.valid('param').sessionId, language: c.req.valid('query').lang })),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/agreements/{agreementId}/calendar',
      tags,
      summary: "An agreement's review date as a calendar file (everyone in the network; 404 without a review date)",
      request: { params: NetworkParams.extend({ agreementId: IdParam.openapi({ param: { name: 'agreementId', in: 'path' } }) }), query: LanguageQuery },
      responses: calendarResponse('The .ics file, as an attachment'),
    }),
    async (c) => sendCalendar(c, await downloadReviewCalendar(c.var.deps, { ...callerOf(c), agreementId: c.req.valid('param').agreementId, language: c.req.valid('query').lang })),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/calendar-feed',
      tags,
      summary: 'My personal calendar feed, if I made one (without its secret address)',
      responses: { 200: jsonResponse(z.object({ feed: FeedSchema.nullable() }).openapi('MyCalendarFeed'), 'The feed or null'), 401: errorResponses[401] },
    }),
    async (c) => c.json(await getMyFeed(c.var.deps, { actor: actorOf(c) }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/me/calendar-feed',
      tags,
      summary: 'Make a new secret address for my calendar feed (the old address stops working)',
      request: { body: jsonBody(z.strictObject({ language: Language }).openapi('CreateCalendarFeed')) },
      responses: { 201: jsonResponse(NewFeedSchema, 'The feed with its address, shown this once'), ...errorResponses },
    }),
    async (c) => c.json(await createMyFeed(c.var.deps, { actor: actorOf(c), language: c.req.valid('json').language }), 201),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/me/calendar-feed/{feedId}',
      tags,
      summary: 'Revoke my calendar feed: its address answers 404 from now on',
      request: { params: z.object({ feedId: IdParam.openapi({ param: { name: 'feedId', in: 'path' } }) }) },
      responses: { 200: jsonResponse(z.object({ feed: z.null() }).openapi('RevokedCalendarFeed'), 'Revoked'), ...errorResponses },
    }),
    async (c) => c.json(await revokeMyFeed(c.var.deps, { actor: actorOf(c), feedId: c.req.valid('param').feedId }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/calendar/{feedFile}',
      tags,
      summary: 'A personal calendar feed by its secret address (no sign-in; 404 once revoked)',
      request: { params: FeedFileParams },
      responses: calendarResponse('Everything relevant to the person across their networks'),
    }),
    async (c) => {
      const token = c.req.valid('param').feedFile.slice(0, -'.ics'.length);
      return sendCalendar(c, { fileName: 'ketenregie.ics', body: await readFeed(c.var.deps, { token }) }, 'inline');
    },
  );
