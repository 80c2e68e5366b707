import { createRoute } from '@hono/zod-openapi';
import { errorResponses, jsonResponse, NetworkParams } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { getAgenda } from './get-agenda.ts';
import { AgendaSchema } from './schemas.ts';

export const agendaRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/networks/{networkId}/agenda',
    tags: ['agenda'],
    summary: 'The agenda for the next session, opening with what goes well (DESIGN §5.7)',
    description:
      'Upward spirals and new success stories; downward spirals; "too good to be true"; asymmetries and perception gaps; agreements with a gap, past their review date or with objections; differences not yet discussed; overdue steps; requests unanswered for 14 days; large value-map gaps. Signals follow the anonymity rule for the caller.',
    request: { params: NetworkParams },
    responses: { 200: jsonResponse(AgendaSchema, 'The ordered agenda'), ...errorResponses },
  }),
  async (c) => c.json(await getAgenda(c.var.deps, { membership: c.var.membership }), 200),
);
