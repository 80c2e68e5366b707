import { createRoute } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { RequestSchema } from '../requests/schemas.ts';
import { createOffer } from './create-offer.ts';
import { listOffers } from './list-offers.ts';
import { getOffer } from './get-offer.ts';
import { CreateOfferBody, OfferListQuery, OfferParams, OfferSchema, TakeUpOfferBody, UpdateOfferBody } from './schemas.ts';
import { takeUpOffer } from './take-up-offer.ts';
import { updateOffer } from './update-offer.ts';

const tags = ['requests and offers'];

export const offerRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/offers',
      tags,
      summary: "Partners' standing offers (what we can do for you), newest first; active ones unless includeInactive=true",
      request: { params: NetworkParams, query: OfferListQuery },
      responses: { 200: jsonResponse(pageSchema(OfferSchema), 'One page of offers'), ...errorResponses },
    }),
    async (c) => c.json(await listOffers(c.var.deps, { membership: c.var.membership, filter: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/offers',
      tags,
      summary: "Add an offer of a partner (its representative, or the coordinator)",
      request: { params: NetworkParams, body: jsonBody(CreateOfferBody) },
      responses: { 201: jsonResponse(OfferSchema, 'The new offer'), ...errorResponses },
    }),
    async (c) => c.json(await createOffer(c.var.deps, { ...callerOf(c), offer: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/offers/{offerId}',
      tags,
      summary: 'One offer',
      request: { params: OfferParams },
      responses: { 200: jsonResponse(OfferSchema, 'The offer'), ...errorResponses },
    }),
    async (c) => c.json(await getOffer(c.var.deps, { membership: c.var.membership, offerId: c.req.valid('param').offerId }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/offers/{offerId}',
      tags,
      summary: 'Reword an offer, or deactivate it (active: false): its representative, or the coordinator',
      request: { params: OfferParams, body: jsonBody(UpdateOfferBody) },
      responses: { 200: jsonResponse(OfferSchema, 'The changed offer'), ...errorResponses },
    }),
    async (c) => c.json(await updateOffer(c.var.deps, { ...callerOf(c), offerId: c.req.valid('param').offerId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/offers/{offerId}/take-up',
      tags,
      summary: "Take up another partner's offer: makes a request to that partner (a representative, for their own partner)",
      request: { params: OfferParams, body: jsonBody(TakeUpOfferBody) },
      responses: { 201: jsonResponse(RequestSchema, 'The new request'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await takeUpOffer(c.var.deps, { ...callerOf(c), offerId: c.req.valid('param').offerId, request: c.req.valid('json') }), 201),
  );
