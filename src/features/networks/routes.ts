import { createRoute, z } from '@hono/zod-openapi';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, NetworkParams, PageQuery, pageSchema } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { actorOf, callerOf, requireUser } from '../../http/session.ts';
import { createNetwork } from './create-network.ts';
import { getNetwork } from './get-network.ts';
import { listMembers } from './list-members.ts';
import { listMyNetworks } from './list-my-networks.ts';
import { CreateNetworkBody, MemberSchema, NetworkDetailSchema, NetworkSchema, UpdateNetworkBody } from './schemas.ts';
import { updateNetwork } from './update-network.ts';

const tags = ['networks'];

export const networkRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks',
      tags,
      summary: 'My networks',
      request: { query: PageQuery },
      responses: { 200: jsonResponse(pageSchema(NetworkSchema), 'The networks I hold a role in'), ...errorResponses },
    }),
    async (c) => c.json(await listMyNetworks(c.var.deps, { userId: requireUser(c).id, page: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks',
      tags,
      summary: 'Create a network; I become its coordinator',
      request: { body: jsonBody(CreateNetworkBody) },
      responses: { 201: jsonResponse(NetworkSchema, 'The new network'), ...errorResponses },
    }),
    async (c) => c.json(await createNetwork(c.var.deps, { actor: actorOf(c), network: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}',
      tags,
      summary: 'A network',
      request: { params: NetworkParams },
      responses: { 200: jsonResponse(NetworkDetailSchema, 'The network'), ...errorResponses },
    }),
    async (c) => c.json(await getNetwork(c.var.deps, { membership: c.var.membership }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}',
      tags,
      summary: "Change a network's name, description or anonymity threshold (coordinator)",
      request: { params: NetworkParams, body: jsonBody(UpdateNetworkBody) },
      responses: { 200: jsonResponse(NetworkSchema, 'The changed network'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateNetwork(c.var.deps, { ...callerOf(c), changes: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/members',
      tags,
      summary: 'The people of a network and their roles',
      request: { params: NetworkParams },
      responses: { 200: jsonResponse(z.object({ items: z.array(MemberSchema) }), 'Members'), ...errorResponses },
    }),
    async (c) => c.json({ items: await listMembers(c.var.deps, { membership: c.var.membership }) }, 200),
  );
