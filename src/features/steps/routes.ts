import { createRoute } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf, requireUser } from '../../http/session.ts';
import { claimStep } from './claim-step.ts';
import { createStep } from './create-step.ts';
import { listMySteps } from './list-my-steps.ts';
import { countSteps, listSteps } from './list-steps.ts';
import { moveStep } from './move-step.ts';
import { getStep } from './get-step.ts';
import { ClaimStepBody, CreateStepBody, MoveStepBody, MyStepListQuery, MyStepSchema, StepCountsSchema, StepListQuery, StepParams, StepSchema, UpdateStepBody } from './schemas.ts';
import { updateStep } from './update-step.ts';

const tags = ['steps'];

// The fixed path /steps/counts comes before /steps/{stepId}.
export const stepRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/steps',
      tags,
      summary: 'The steps I claimed, across the networks I hold a role in, newest first',
      request: { query: MyStepListQuery },
      responses: { 200: jsonResponse(pageSchema(MyStepSchema), 'My steps with their network'), 401: errorResponses[401], 400: errorResponses[400] },
    }),
    async (c) => c.json(await listMySteps(c.var.deps, { userId: requireUser(c).id, filter: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/steps/counts',
      tags,
      summary: 'How many steps are open, claimed, done and dropped, and how many are overdue',
      request: { params: NetworkParams },
      responses: { 200: jsonResponse(StepCountsSchema, 'Counts for the board'), ...errorResponses },
    }),
    async (c) => c.json(await countSteps(c.var.deps, { membership: c.var.membership }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/steps',
      tags,
      summary: 'Small steps, newest first; filter by status, by what they serve, mine (claimed by me) or overdue',
      request: { params: NetworkParams, query: StepListQuery },
      responses: { 200: jsonResponse(pageSchema(StepSchema), 'One page of steps'), ...errorResponses },
    }),
    async (c) => c.json(await listSteps(c.var.deps, { membership: c.var.membership, userId: requireUser(c).id, filter: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/steps',
      tags,
      summary: 'Propose a step (anyone but an observer); claim: true takes it on yourself at once',
      request: { params: NetworkParams, body: jsonBody(CreateStepBody) },
      responses: { 201: jsonResponse(StepSchema, 'The new step'), ...errorResponses },
    }),
    async (c) => c.json(await createStep(c.var.deps, { ...callerOf(c), step: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/steps/{stepId}',
      tags,
      summary: 'One step',
      request: { params: StepParams },
      responses: { 200: jsonResponse(StepSchema, 'The step'), ...errorResponses },
    }),
    async (c) => c.json(await getStep(c.var.deps, { membership: c.var.membership, stepId: c.req.valid('param').stepId }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/steps/{stepId}',
      tags,
      summary: 'Change title, description or due date: the proposer while open, the claimer while claimed',
      request: { params: StepParams, body: jsonBody(UpdateStepBody) },
      responses: { 200: jsonResponse(StepSchema, 'The changed step'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateStep(c.var.deps, { ...callerOf(c), stepId: c.req.valid('param').stepId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/steps/{stepId}/claim',
      tags,
      summary: 'Claim an open step for yourself; naming anyone else is refused (403), for the coordinator too',
      request: { params: StepParams, body: jsonBody(ClaimStepBody) },
      responses: { 200: jsonResponse(StepSchema, 'The claimed step'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { userId, dueOn } = c.req.valid('json');
      return c.json(await claimStep(c.var.deps, { ...callerOf(c), stepId: c.req.valid('param').stepId, claimFor: userId, dueOn }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/steps/{stepId}/status',
      tags,
      summary: 'Done, dropped or released (open): by the claimer; an unclaimed step is dropped by its proposer or the coordinator',
      request: { params: StepParams, body: jsonBody(MoveStepBody) },
      responses: { 200: jsonResponse(StepSchema, 'The step after the move'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await moveStep(c.var.deps, { ...callerOf(c), stepId: c.req.valid('param').stepId, to: c.req.valid('json').to }), 200),
  );
