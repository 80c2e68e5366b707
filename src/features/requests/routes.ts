import { createRoute } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { createRequest } from './create-request.ts';
import { getReciprocity } from './get-reciprocity.ts';
import { getRequest } from './get-request.ts';
import { listRequests } from './list-requests.ts';
import { moveRequest } from './move-request.ts';
import { CreateRequestBody, MoveRequestBody, ReciprocitySchema, RequestListQuery, RequestParams, RequestSchema, UpdateRequestBody } from './schemas.ts';
import { updateRequest } from './update-request.ts';

const tags = ['requests and offers'];

export const requestRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/reciprocity',
      tags,
      summary: 'Reciprocity per partner over the last 12 months: fulfilled requests given and received, and the balance',
      request: { params: NetworkParams },
      responses: { 200: jsonResponse(ReciprocitySchema, 'One row per partner, by name'), ...errorResponses },
    }),
    async (c) => c.json(await getReciprocity(c.var.deps, { membership: c.var.membership }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/requests',
      tags,
      summary: 'Requests between partners, newest first; filter by status, partner and direction; draft=true lists the drafts from rounds (coordinator)',
      request: { params: NetworkParams, query: RequestListQuery },
      responses: { 200: jsonResponse(pageSchema(RequestSchema), 'One page of requests'), ...errorResponses },
    }),
    async (c) => c.json(await listRequests(c.var.deps, { membership: c.var.membership, filter: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/requests',
      tags,
      summary: "Ask another partner, or the whole network (toPartnerId null), on behalf of your own partner (representatives; the coordinator does not ask in a partner's name)",
      request: { params: NetworkParams, body: jsonBody(CreateRequestBody) },
      responses: { 201: jsonResponse(RequestSchema, 'The new request'), ...errorResponses },
    }),
    async (c) => c.json(await createRequest(c.var.deps, { ...callerOf(c), request: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/requests/{requestId}',
      tags,
      summary: 'One request (a draft only for the coordinator)',
      request: { params: RequestParams },
      responses: { 200: jsonResponse(RequestSchema, 'The request'), ...errorResponses },
    }),
    async (c) => c.json(await getRequest(c.var.deps, { membership: c.var.membership, requestId: c.req.valid('param').requestId }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/requests/{requestId}',
      tags,
      summary: "Reword an open request (the requester's representative), or edit and publish a draft (coordinator, draft: false)",
      request: { params: RequestParams, body: jsonBody(UpdateRequestBody) },
      responses: { 200: jsonResponse(RequestSchema, 'The changed request'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateRequest(c.var.deps, { ...callerOf(c), requestId: c.req.valid('param').requestId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/requests/{requestId}/status',
      tags,
      summary: 'Accept or decline with a reason (the partner asked), confirm fulfilled or withdraw (the requester)',
      request: { params: RequestParams, body: jsonBody(MoveRequestBody) },
      responses: { 200: jsonResponse(RequestSchema, 'The request after the move'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { to, reason } = c.req.valid('json');
      return c.json(await moveRequest(c.var.deps, { ...callerOf(c), requestId: c.req.valid('param').requestId, to, reason }), 200);
    },
  );
