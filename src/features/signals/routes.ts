import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonResponse, NetworkParams } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { getSignals } from './get-signals.ts';
import { getTrends } from './get-trends.ts';
import { SignalsSchema, TrendsSchema } from './schemas.ts';

const tags = ['signals'];
const ANONYMITY =
  'Under the disclosure rule (DESIGN §5.3), each round with its own mode and the k frozen when it opened: a score on fewer than k respondents has no value; a dyad A→B below k is shown to the coordinator and partners A and B in organisation mode, to nobody in strict mode, and no signal rests on a dyad the caller may not see.';

export const signalRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/trends',
      tags,
      summary: 'The series over the closed rounds with their changes and spirals (DESIGN §5.7)',
      description: `Network trust, openness, each aspect, each partner's received trust and each dyad's trust. ${ANONYMITY} Changes and spirals are read from the values the caller sees.`,
      request: { params: NetworkParams },
      responses: { 200: jsonResponse(TrendsSchema, 'The closed rounds and the series'), ...errorResponses },
    }),
    async (c) => c.json(await getTrends(c.var.deps, { membership: c.var.membership }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/signals',
      tags,
      summary: 'Spirals, "too good to be true", asymmetries, perception gaps and agreement gaps (DESIGN §5.7)',
      description: `Each signal has a code the web app explains, with questions to ask. ${ANONYMITY}`,
      request: { params: NetworkParams },
      responses: { 200: jsonResponse(SignalsSchema, 'The signals, downward spirals first'), ...errorResponses },
    }),
    async (c) => c.json(await getSignals(c.var.deps, { membership: c.var.membership }), 200),
  );
