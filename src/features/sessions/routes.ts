import { createRoute } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf, requireUser } from '../../http/session.ts';
import { createMeeting } from './create-meeting.ts';
import { deleteMeeting } from './delete-meeting.ts';
import { getMeeting } from './get-meeting.ts';
import { listMeetings } from './list-meetings.ts';
import { publishMeeting } from './publish-meeting.ts';
import {
  CreateSessionBody,
  PublishSessionBody,
  SessionListQuery,
  SessionParams,
  SessionSchema,
  SessionSummarySchema,
  UpdateSessionBody,
} from './schemas.ts';
import { updateMeeting } from './update-meeting.ts';

const tags = ['sessions'];

export const sessionRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/sessions',
      tags,
      summary: 'Sessions (overleg) of the network, latest date first',
      request: { params: NetworkParams, query: SessionListQuery },
      responses: { 200: jsonResponse(pageSchema(SessionSummarySchema), 'One page of sessions with counts'), ...errorResponses },
    }),
    async (c) => c.json(await listMeetings(c.var.deps, { membership: c.var.membership, filter: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/sessions',
      tags,
      summary: 'Schedule a session with people of the network (coordinator); the participants are told',
      request: { params: NetworkParams, body: jsonBody(CreateSessionBody) },
      responses: { 201: jsonResponse(SessionSchema, 'The new session'), ...errorResponses },
    }),
    async (c) => c.json(await createMeeting(c.var.deps, { ...callerOf(c), meeting: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/sessions/{sessionId}',
      tags,
      summary: 'A session with its participants, agenda, minutes and decisions (with consequences and the "changes nothing tomorrow" flag)',
      request: { params: SessionParams },
      responses: { 200: jsonResponse(SessionSchema, 'The session'), ...errorResponses },
    }),
    async (c) => c.json(await getMeeting(c.var.deps, { membership: c.var.membership, userId: requireUser(c).id, meetingId: c.req.valid('param').sessionId }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/sessions/{sessionId}',
      tags,
      summary: "Change a session's title, date, minutes or participants (coordinator)",
      request: { params: SessionParams, body: jsonBody(UpdateSessionBody) },
      responses: { 200: jsonResponse(SessionSchema, 'The changed session'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateMeeting(c.var.deps, { ...callerOf(c), meetingId: c.req.valid('param').sessionId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/sessions/{sessionId}',
      tags,
      summary: 'Delete a session with its agenda (coordinator); its decisions stay, without a session',
      request: { params: SessionParams },
      responses: { 200: jsonResponse(SessionSchema, 'The deleted session, as it was'), ...errorResponses },
    }),
    async (c) => c.json(await deleteMeeting(c.var.deps, { ...callerOf(c), meetingId: c.req.valid('param').sessionId }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/sessions/{sessionId}/publish',
      tags,
      summary: 'Publish the minutes and decisions to the participants (coordinator); they are told, also again after a correction',
      request: { params: SessionParams, body: jsonBody(PublishSessionBody) },
      responses: { 200: jsonResponse(SessionSchema, 'The session with its publication time'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await publishMeeting(c.var.deps, { ...callerOf(c), meetingId: c.req.valid('param').sessionId, baseVersion: c.req.valid('json').baseVersion }), 200),
  );
