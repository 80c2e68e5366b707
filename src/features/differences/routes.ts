import { createRoute } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { createDifference } from './create-difference.ts';
import { getDifference } from './get-difference.ts';
import { listDifferences } from './list-differences.ts';
import { moveDifference } from './move-difference.ts';
import {
  CreateDifferenceBody,
  DifferenceDetailSchema,
  DifferenceParams,
  DifferencePartnerParams,
  DifferenceSchema,
  ListDifferencesQuery,
  MoveDifferenceBody,
  UpdateDifferenceBody,
  WriteViewBody,
} from './schemas.ts';
import { updateDifference } from './update-difference.ts';
import { writeDifferenceView } from './write-difference-view.ts';

const tags = ['differences'];

export const differenceRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/differences',
      tags,
      summary: 'The differences agenda, newest first; filter by status and kind; ?draft=true lists the drafts from a round (coordinator)',
      request: { params: NetworkParams, query: ListDifferencesQuery },
      responses: { 200: jsonResponse(pageSchema(DifferenceSchema), 'Differences with their partners and views'), ...errorResponses },
    }),
    async (c) => c.json(await listDifferences(c.var.deps, { membership: c.var.membership, filter: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/differences',
      tags,
      summary: 'Name a difference in values, interests, work logic or practice (coordinator, or a representative of an involved partner)',
      request: { params: NetworkParams, body: jsonBody(CreateDifferenceBody) },
      responses: { 201: jsonResponse(DifferenceSchema, 'The new difference, status "named"'), ...errorResponses },
    }),
    async (c) => c.json(await createDifference(c.var.deps, { ...callerOf(c), difference: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/differences/{differenceId}',
      tags,
      summary: "One difference with each involved partner's own view and the history of its status changes",
      request: { params: DifferenceParams },
      responses: { 200: jsonResponse(DifferenceDetailSchema, 'The difference'), ...errorResponses },
    }),
    async (c) => c.json(await getDifference(c.var.deps, { membership: c.var.membership, differenceId: c.req.valid('param').differenceId }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/differences/{differenceId}',
      tags,
      summary: 'Change the topic, description, kind or partners (coordinator or whoever named it); draft: false publishes a draft',
      request: { params: DifferenceParams, body: jsonBody(UpdateDifferenceBody) },
      responses: { 200: jsonResponse(DifferenceSchema, 'The changed difference'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateDifference(c.var.deps, { ...callerOf(c), differenceId: c.req.valid('param').differenceId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/networks/{networkId}/differences/{differenceId}/views/{partnerId}',
      tags,
      summary: "Write an involved partner's own view (a representative of that partner only)",
      request: { params: DifferencePartnerParams, body: jsonBody(WriteViewBody) },
      responses: { 200: jsonResponse(DifferenceSchema, 'The difference with the view'), ...errorResponses },
    }),
    async (c) => {
      const { differenceId, partnerId } = c.req.valid('param');
      return c.json(await writeDifferenceView(c.var.deps, { ...callerOf(c), differenceId, partnerId, view: c.req.valid('json').view }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/differences/{differenceId}/status',
      tags,
      summary: 'Move a difference one step on: explored, discussed, then resolved (naming the agreement) or accepted',
      request: { params: DifferenceParams, body: jsonBody(MoveDifferenceBody) },
      responses: { 200: jsonResponse(DifferenceDetailSchema, 'The difference with its history'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await moveDifference(c.var.deps, { ...callerOf(c), differenceId: c.req.valid('param').differenceId, move: c.req.valid('json') }), 200),
  );
