import { createRoute } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { SessionParams } from '../sessions/schemas.ts';
import { createDecision } from './create-decision.ts';
import { deleteDecision } from './delete-decision.ts';
import { getDecision } from './get-decision.ts';
import { listDecisions } from './list-decisions.ts';
import { CreateDecisionBody, DecisionListQuery, DecisionParams, DecisionSchema, UpdateDecisionBody } from './schemas.ts';
import { updateDecision } from './update-decision.ts';

const tags = ['decisions'];

export const decisionRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/decisions',
      tags,
      summary: 'Decisions across sessions, newest first, each with its consequences and the "changes nothing tomorrow" flag',
      request: { params: SessionParams.pick({ networkId: true }), query: DecisionListQuery },
      responses: { 200: jsonResponse(pageSchema(DecisionSchema), 'One page of decisions'), ...errorResponses },
    }),
    async (c) => c.json(await listDecisions(c.var.deps, { membership: c.var.membership, query: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/sessions/{sessionId}/decisions',
      tags,
      summary: "Record a decision of a session (coordinator); its consequences are steps people claim for themselves (servesKind 'decision')",
      request: { params: SessionParams, body: jsonBody(CreateDecisionBody) },
      responses: { 201: jsonResponse(DecisionSchema, 'The new decision, flagged until it has a consequence'), ...errorResponses },
    }),
    async (c) => c.json(await createDecision(c.var.deps, { ...callerOf(c), meetingId: c.req.valid('param').sessionId, decision: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/decisions/{decisionId}',
      tags,
      summary: 'One decision with its consequences',
      request: { params: DecisionParams },
      responses: { 200: jsonResponse(DecisionSchema, 'The decision'), ...errorResponses },
    }),
    async (c) => c.json(await getDecision(c.var.deps, { membership: c.var.membership, decisionId: c.req.valid('param').decisionId }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/decisions/{decisionId}',
      tags,
      summary: "Change a decision's title or description (coordinator)",
      request: { params: DecisionParams, body: jsonBody(UpdateDecisionBody) },
      responses: { 200: jsonResponse(DecisionSchema, 'The changed decision'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateDecision(c.var.deps, { ...callerOf(c), decisionId: c.req.valid('param').decisionId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/decisions/{decisionId}',
      tags,
      summary: 'Delete a decision (coordinator); the steps that served it stay with the people who claimed them',
      request: { params: DecisionParams },
      responses: { 200: jsonResponse(DecisionSchema, 'The deleted decision, as it was'), ...errorResponses },
    }),
    async (c) => c.json(await deleteDecision(c.var.deps, { ...callerOf(c), decisionId: c.req.valid('param').decisionId }), 200),
  );
