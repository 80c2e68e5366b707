import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, jsonBody, jsonResponse } from '../../http/openapi.ts';
import { allow } from '../../http/network-role.ts';
import { newRouter } from '../../http/router.ts';
import { actorOf } from '../../http/session.ts';
import { getAgenda } from '../agenda/get-agenda.ts';
import { addAgendaItem } from './add-agenda-item.ts';
import { deleteAgendaItem } from './delete-agenda-item.ts';
import { reorderAgenda } from './reorder-agenda.ts';
import { AddAgendaItemBody, AgendaItemParams, AgendaItemSchema, ReorderAgendaBody, SessionParams, UpdateAgendaItemBody } from './schemas.ts';
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
      summary: "Add to a session's agenda (coordinator): { fromGenerated: true } takes over the generated agenda (…/agenda), or { title, notes?, link? } adds an item",
      request: { params: SessionParams, body: jsonBody(AddAgendaItemBody) },
      responses: { 201: jsonResponse(AgendaListSchema, 'The whole agenda after the addition'), ...errorResponses },
    }),
    async (c) => {
      const membership = allow(c, 'coordinator');
      const { db } = c.var.deps;
      const { sessionId } = c.req.valid('param');
      const body = c.req.valid('json');
      if ('fromGenerated' in body) {
        const generated = await getAgenda(c.var.deps, { membership });
        return c.json(await takeOverAgenda(db, actorOf(c), membership.networkId, sessionId, generated.items), 201);
      }
      return c.json(await addAgendaItem(db, actorOf(c), membership.networkId, sessionId, body), 201);
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
    async (c) => {
      const { networkId } = allow(c, 'coordinator');
      return c.json(await reorderAgenda(c.var.deps.db, actorOf(c), networkId, c.req.valid('param').sessionId, c.req.valid('json').order), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/sessions/{sessionId}/agenda/{itemId}',
      tags,
      summary: "Change an agenda item's title or its notes (coordinator)",
      request: { params: AgendaItemParams, body: jsonBody(UpdateAgendaItemBody) },
      responses: { 200: jsonResponse(AgendaItemSchema, 'The changed item'), ...errorResponses },
    }),
    async (c) => {
      const { networkId } = allow(c, 'coordinator');
      const { sessionId, itemId } = c.req.valid('param');
      return c.json(await updateAgendaItem(c.var.deps.db, actorOf(c), networkId, sessionId, itemId, c.req.valid('json')), 200);
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
      const { networkId } = allow(c, 'coordinator');
      const { sessionId, itemId } = c.req.valid('param');
      return c.json(await deleteAgendaItem(c.var.deps.db, actorOf(c), networkId, sessionId, itemId), 200);
    },
  );
