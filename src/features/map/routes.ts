import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonResponse, NetworkParams } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { getNetworkMapJson } from './get-network-map.ts';
import { getRoundMap } from './get-round-map.ts';
import { NetworkMapSchema, RoundMapQuery, RoundMapSchema } from './schemas.ts';

export const mapRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/map/round',
      tags: ['network map'],
      summary: 'The network map fed by a closed round: history ties beside the working ties and levels of that round, reciprocity, and what changed since another round',
      description:
        'Every role. The working ties follow the disclosure rule for the caller (DESIGN §5.3): a tie resting on fewer than k respondents is shown only ' +
        'to the coordinator and the two partners of the pair, and the degree and betweenness count only the ties the caller sees. 404 for a round ' +
        'that is not closed or is a low-response round left out.',
      request: { params: NetworkParams, query: RoundMapQuery },
      responses: { 200: jsonResponse(RoundMapSchema, 'The map of that round for the caller'), ...errorResponses },
    }),
    async (c) => {
      const query = c.req.valid('query');
      return c.json(await getRoundMap(c.var.deps, { membership: c.var.membership, roundId: query.round, compareId: query.compare }), 200);
    },
  )
  .openapi(
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
