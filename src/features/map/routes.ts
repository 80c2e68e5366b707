import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonResponse, NetworkParams } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { getNetworkMapJson } from './get-network-map.ts';
import { NetworkMapSchema } from './schemas.ts';

export const mapRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/networks/{networkId}/map',
    tags: ['network map'],
    summary: 'The network map: partners, ties (shared history; working ties from rounds) and the graph measures of DESIGN §5.4',
    description:
      'Every partner is a node with its sector, degree and betweenness. `ties.history` joins partners that share history ' +
      '(weight = number of entries, with their outcomes). `ties.working` will hold the working ties of the latest closed ' +
      'reflection round and is empty until rounds exist; `metrics.reciprocity` is null until then. The measures are ' +
      'computed over the union of both kinds of tie and cached until partners or history change.',
    request: { params: NetworkParams },
    responses: { 200: jsonResponse(NetworkMapSchema, 'The map'), ...errorResponses },
  }),
  // The map is cached as JSON text and sent as it is: parsing and serialising megabytes would cost more than the lookup.
  async (c) => {
    const json = await getNetworkMapJson(c.var.deps, { membership: c.var.membership });
    // The text is the NetworkMap schema; the route's typing only knows c.json for it.
    return c.body(json, 200, { 'content-type': 'application/json' }) as never;
  },
);
