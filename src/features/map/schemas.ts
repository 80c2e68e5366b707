import { z } from '@hono/zod-openapi';
import { SECTORS } from '../../domain/sectors.ts';
import { Timestamp } from '../../http/openapi.ts';

const OutcomeCounts = z.object({ positive: z.number().int(), mixed: z.number().int(), negative: z.number().int() });

export const NetworkMapSchema = z
  .object({
    revision: z.number().int().openapi({ description: 'The map revision these figures belong to; it moves on with every change of partners, history or rounds' }),
    computedAt: Timestamp,
    nodes: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        sector: z.enum(SECTORS),
        degree: z.number().int().openapi({ description: 'Number of partners it has a tie with (either kind)' }),
        betweenness: z.number().openapi({ description: 'Betweenness centrality, normalised as NetworkX does by default' }),
      }),
    ),
    ties: z.object({
      history: z
        .array(z.object({ a: z.uuid(), b: z.uuid(), weight: z.number().int().openapi({ description: 'Number of shared history entries' }), outcomes: OutcomeCounts }))
        .openapi({ description: 'Pairs that share history (a < b)' }),
      working: z.array(z.object({ a: z.uuid(), b: z.uuid(), level: z.number() })).openapi({
        description:
          'Working ties from the latest closed reflection round (DESIGN §5.4: max(L(A→B), L(B→A)) ≥ 2, with that level). ' +
          'Empty until the network has closed a round.',
      }),
    }),
    metrics: z.object({
      density: z.number().openapi({ description: '2E / (N(N − 1)) over the union of both kinds of tie' }),
      centralization: z.number().openapi({ description: 'Freeman degree centralisation' }),
      components: z.number().int(),
      isolates: z.array(z.uuid()).openapi({ description: 'Partners without any tie' }),
      reciprocity: z.number().nullable().openapi({ description: 'Share of directed collaboration edges whose reverse exists; null until the network has closed a round' }),
    }),
  })
  .openapi('NetworkMap', {
    description:
      'Partners as nodes, ties of two kinds and the graph measures of DESIGN §5.4 over the union of the ties. ' +
      'Working ties and reciprocity come from reflection rounds: without a closed round the list is empty and reciprocity null.',
  });

export type NetworkMapView = z.infer<typeof NetworkMapSchema>;
