import { createRoute } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { addValueDimension, removeValueDimension, updateValueDimension } from './change-value-dimensions.ts';
import { getValueMap } from './get-value-map.ts';
import { saveValueClaims } from './save-value-claims.ts';
import { AddDimensionBody, ClaimParams, DimensionParams, SaveClaimsBody, UpdateDimensionBody, ValueDimensionSchema, ValueMapSchema } from './schemas.ts';

const tags = ['value map'];

export const valueMapRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/value-map',
      tags,
      summary: 'Claimed contribution per partner and value dimension (0–3) beside the value the others perceive (last closed round), with the gaps',
      request: { params: NetworkParams },
      responses: { 200: jsonResponse(ValueMapSchema, 'The value map; the first use gives the network the default dimensions'), ...errorResponses },
    }),
    async (c) => c.json(await getValueMap(c.var.deps, callerOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/value-map/dimensions',
      tags,
      summary: 'Add a value dimension (coordinator)',
      request: { params: NetworkParams, body: jsonBody(AddDimensionBody) },
      responses: { 201: jsonResponse(ValueDimensionSchema, 'The new dimension, last in the order'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await addValueDimension(c.var.deps, { ...callerOf(c), dimension: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/value-map/dimensions/{dimensionId}',
      tags,
      summary: 'Rename a value dimension or move it in the order (coordinator)',
      request: { params: DimensionParams, body: jsonBody(UpdateDimensionBody) },
      responses: { 200: jsonResponse(ValueDimensionSchema, 'The dimension'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateValueDimension(c.var.deps, { ...callerOf(c), dimensionId: c.req.valid('param').dimensionId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/value-map/dimensions/{dimensionId}',
      tags,
      summary: 'Remove a value dimension with its claims (coordinator)',
      request: { params: DimensionParams },
      responses: { 200: jsonResponse(ValueDimensionSchema, 'The removed dimension, as it was'), ...errorResponses },
    }),
    async (c) => c.json(await removeValueDimension(c.var.deps, { ...callerOf(c), dimensionId: c.req.valid('param').dimensionId }), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/networks/{networkId}/value-map/claims/{partnerId}',
      tags,
      summary: "State a partner's own contribution per dimension, 0–3 (its representative, or the coordinator)",
      request: { params: ClaimParams, body: jsonBody(SaveClaimsBody) },
      responses: { 200: jsonResponse(ValueMapSchema, 'The value map after the change'), ...errorResponses },
    }),
    async (c) => c.json(await saveValueClaims(c.var.deps, { ...callerOf(c), partnerId: c.req.valid('param').partnerId, claims: c.req.valid('json').claims }), 200),
  );

