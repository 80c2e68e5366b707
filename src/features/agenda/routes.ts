import { createRoute, z } from '@hono/zod-openapi';
import { EVERY_READER } from '../../domain/permissions.ts';
import { errorResponses, jsonResponse, NetworkParams } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { getAgenda } from './get-agenda.ts';
import { AgendaSchema } from './schemas.ts';

const AgendaQuery = z.object({
  readers: z.enum(['me', 'everyone']).default('me').openapi({
    description: "me: as the caller may see it; everyone: as every reader of the network may see it, which is what a session's agenda takes over (no pair ratings, DESIGN §5.3)",
  }),
});

export const agendaRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/networks/{networkId}/agenda',
    tags: ['agenda'],
    summary: 'The agenda for the next session, opening with what goes well (DESIGN §5.7)',
    description:
      'Upward spirals and new success stories; downward spirals; "too good to be true"; asymmetries and perception gaps; agreements with a gap, past their review date or with objections; differences not yet discussed; overdue steps; requests unanswered for 14 days; large value-map gaps. Signals follow the anonymity rule for the caller.',
    request: { params: NetworkParams, query: AgendaQuery },
    responses: { 200: jsonResponse(AgendaSchema, 'The ordered agenda'), ...errorResponses },
  }),
  async (c) => {
    const { membership } = c.var;
    const asRead = c.req.valid('query').readers === 'everyone' ? { ...membership, ...EVERY_READER } : membership;
    return c.json(await getAgenda(c.var.deps, { membership: asRead }), 200);
  },
);
