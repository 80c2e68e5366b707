import { createRoute, z } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { addAgendaItem } from './add-agenda-item.ts';
import { deleteAgendaItem } from './delete-agenda-item.ts';
import { reorderAgenda } from './reorder-agenda.ts';
import { AddAgendaItemBody, AgendaItemParams, AgendaItemSchema, ReorderAgendaBody, SessionAttendanceSchema, SessionParams, SetAttendanceBody, UpdateAgendaItemBody } from './schemas.ts';
import { setAttendance } from './set-attendance.ts';
import { takeOverAgenda } from './take-over-agenda.ts';
import { updateAgendaItem } from './update-agenda-item.ts';

const AgendaListSchema = z.object({ items: z.array(AgendaItemSchema).openapi({ description: 'The whole agenda, in order' }) }).openapi('SessionAgenda');
const tags = ['sessions'];

export const sessionAgendaRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/sessions/{sessionId}/agenda',
      tags,
      summary:
        "Add to a session's agenda (coordinator): { fromGenerated: true, picks? } takes over the chosen items of the generated agenda (…/agenda) in order with their time boxes, or { title, notes?, link?, timeBoxMinutes? } adds an item",
      request: { params: SessionParams, body: jsonBody(AddAgendaItemBody) },
      responses: { 201: jsonResponse(AgendaListSchema, 'The whole agenda after the addition'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { sessionId: meetingId } = c.req.valid('param');
      const body = c.req.valid('json');
      if ('fromGenerated' in body) return c.json(await takeOverAgenda(c.var.deps, { ...callerOf(c), meetingId, picks: body.picks }), 201);
      return c.json(await addAgendaItem(c.var.deps, { ...callerOf(c), meetingId, item: body }), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/networks/{networkId}/sessions/{sessionId}/agenda/order',
      tags,
      summary: "Put a session's agenda in a new order (coordinator); the order names every item once",
      request: { params: SessionParams, body: jsonBody(ReorderAgendaBody) },
      responses: { 200: jsonResponse(AgendaListSchema, 'The agenda in its new order'), ...errorResponses },
    }),
    async (c) => c.json(await reorderAgenda(c.var.deps, { ...callerOf(c), meetingId: c.req.valid('param').sessionId, order: c.req.valid('json').order }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/sessions/{sessionId}/agenda/{itemId}',
      tags,
      summary: "Change an agenda item's title, notes or time box (coordinator)",
      request: { params: AgendaItemParams, body: jsonBody(UpdateAgendaItemBody) },
      responses: { 200: jsonResponse(AgendaItemSchema, 'The changed item'), ...errorResponses },
    }),
    async (c) => {
      const { sessionId: meetingId, itemId } = c.req.valid('param');
      return c.json(await updateAgendaItem(c.var.deps, { ...callerOf(c), meetingId, itemId, changes: c.req.valid('json') }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/sessions/{sessionId}/agenda/{itemId}',
      tags,
      summary: "Take an item off a session's agenda (coordinator)",
      request: { params: AgendaItemParams },
      responses: { 200: jsonResponse(AgendaItemSchema, 'The removed item, as it was'), ...errorResponses },
    }),
    async (c) => {
      const { sessionId: meetingId, itemId } = c.req.valid('param');
      return c.json(await deleteAgendaItem(c.var.deps, { ...callerOf(c), meetingId, itemId }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/networks/{networkId}/sessions/{sessionId}/attendance',
      tags,
      summary: 'Record who was at a session (coordinator): per partner present, absent or excused, and the people who came',
      request: { params: SessionParams, body: jsonBody(SetAttendanceBody) },
      responses: { 200: jsonResponse(SessionAttendanceSchema, 'The attendance as the session shows it'), ...errorResponses },
    }),
    async (c) => c.json(await setAttendance(c.var.deps, { ...callerOf(c), meetingId: c.req.valid('param').sessionId, attendance: c.req.valid('json') }), 200),
  );
