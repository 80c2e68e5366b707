import { createRoute } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams, PageQuery, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { createPartner } from './create-partner.ts';
import { deletePartner } from './delete-partner.ts';
import { getPartner } from './get-partner.ts';
import { listPartners } from './list-partners.ts';
import { CreatePartnerBody, PartnerParams, PartnerSchema, UpdatePartnerBody } from './schemas.ts';
import { updatePartner } from './update-partner.ts';

const tags = ['partners'];

export const partnerRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/partners',
      tags,
      summary: 'The partner organisations of a network, oldest first',
      request: { params: NetworkParams, query: PageQuery },
      responses: { 200: jsonResponse(pageSchema(PartnerSchema), 'Partners with their representatives and profile status'), ...errorResponses },
    }),
    async (c) => c.json(await listPartners(c.var.deps, { membership: c.var.membership, page: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/partners',
      tags,
      summary: 'Add a partner organisation (coordinator)',
      request: { params: NetworkParams, body: jsonBody(CreatePartnerBody) },
      responses: { 201: jsonResponse(PartnerSchema, 'The new partner'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await createPartner(c.var.deps, { ...callerOf(c), partner: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/partners/{partnerId}',
      tags,
      summary: 'A partner organisation',
      request: { params: PartnerParams },
      responses: { 200: jsonResponse(PartnerSchema, 'The partner'), ...errorResponses },
    }),
    async (c) => c.json(await getPartner(c.var.deps, { membership: c.var.membership, partnerId: c.req.valid('param').partnerId }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/partners/{partnerId}',
      tags,
      summary: "Change a partner's details (coordinator); a stale baseVersion gets 409 with the current partner",
      request: { params: PartnerParams, body: jsonBody(UpdatePartnerBody) },
      responses: { 200: jsonResponse(PartnerSchema, 'The changed partner'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updatePartner(c.var.deps, { ...callerOf(c), partnerId: c.req.valid('param').partnerId, changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/partners/{partnerId}',
      tags,
      summary: 'Remove a partner with its profile (coordinator); 409 while people hold a role for it',
      request: { params: PartnerParams },
      responses: { 200: jsonResponse(PartnerSchema, 'The removed partner, as it was'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await deletePartner(c.var.deps, { ...callerOf(c), partnerId: c.req.valid('param').partnerId }), 200),
  );
