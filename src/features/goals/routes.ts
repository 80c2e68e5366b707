import { createRoute, z } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { acceptGoal } from './accept-goal.ts';
import { createGoal } from './create-goal.ts';
import { addGoalProgress, listGoalProgress } from './goal-progress.ts';
import { getGoal, listGoals } from './list-goals.ts';
import { AcceptGoalBody, AddProgressBody, CreateGoalBody, GoalListQuery, GoalParams, GoalSchema, ProgressSchema, UpdateGoalBody } from './schemas.ts';
import { updateGoal } from './update-goal.ts';

const tags = ['goals'];

export const goalRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/goals',
      tags,
      summary: 'Shared goals, newest first, with acceptance per partner and the latest value',
      request: { params: NetworkParams, query: GoalListQuery },
      responses: { 200: jsonResponse(pageSchema(GoalSchema), 'One page of goals'), ...errorResponses },
    }),
    async (c) => c.json(await listGoals(c.var.deps, { membership: c.var.membership, filter: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/goals',
      tags,
      summary: 'Set out a goal with an indicator, target, deadline and agreed result for the involved partners (coordinator)',
      request: { params: NetworkParams, body: jsonBody(CreateGoalBody) },
      responses: { 201: jsonResponse(GoalSchema, 'The new goal'), ...errorResponses },
    }),
    async (c) => c.json(await createGoal(c.var.deps, { ...callerOf(c), goal: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/goals/{goalId}',
      tags,
      summary: 'One goal',
      request: { params: GoalParams },
      responses: { 200: jsonResponse(GoalSchema, 'The goal'), ...errorResponses },
    }),
    async (c) => c.json(await getGoal(c.var.deps, { membership: c.var.membership, goalId: c.req.valid('param').goalId }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/goals/{goalId}',
      tags,
      summary: 'Change a goal (coordinator); a new agreed result, indicator, target or deadline resets every acceptance',
      request: { params: GoalParams, body: jsonBody(UpdateGoalBody) },
      responses: { 200: jsonResponse(GoalSchema, 'The changed goal'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateGoal(c.var.deps, { ...callerOf(c), goalId: c.req.valid('param').goalId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/networks/{networkId}/goals/{goalId}/acceptance',
      tags,
      summary: "Accept (or withdraw acceptance of) the agreed result for your partner (a representative of an involved partner)",
      request: { params: GoalParams, body: jsonBody(AcceptGoalBody) },
      responses: { 200: jsonResponse(GoalSchema, 'The goal with its acceptances'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await acceptGoal(c.var.deps, { ...callerOf(c), goalId: c.req.valid('param').goalId, acceptance: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/goals/{goalId}/progress',
      tags,
      summary: "The dated values of the goal's indicator, oldest first",
      request: { params: GoalParams },
      responses: { 200: jsonResponse(z.object({ items: z.array(ProgressSchema) }), 'The progress values'), ...errorResponses },
    }),
    async (c) => c.json(await listGoalProgress(c.var.deps, { membership: c.var.membership, goalId: c.req.valid('param').goalId }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/goals/{goalId}/progress',
      tags,
      summary: 'Record a measured value of the indicator (coordinator, or a representative of an involved partner)',
      request: { params: GoalParams, body: jsonBody(AddProgressBody) },
      responses: { 201: jsonResponse(ProgressSchema, 'The recorded value'), ...errorResponses },
    }),
    async (c) => c.json(await addGoalProgress(c.var.deps, { ...callerOf(c), goalId: c.req.valid('param').goalId, progress: c.req.valid('json') }), 201),
  );
