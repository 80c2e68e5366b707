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

const RoundRef = z.object({ id: z.uuid(), title: z.string(), closedAt: Timestamp.nullable() });
const Tie = z.object({ a: z.uuid(), b: z.uuid(), level: z.number() });

export const RoundMapQuery = z.object({
  round: z.uuid().optional().openapi({ param: { name: 'round', in: 'query' }, description: 'The closed round to show (default: the last one that counts)' }),
  compare: z.uuid().optional().openapi({ param: { name: 'compare', in: 'query' }, description: 'An earlier closed round to compare with: what changed' }),
});

export const RoundMapSchema = z
  .object({
    rounds: z.array(RoundRef).openapi({ description: 'The closed rounds that count (low-response rounds only when included), oldest first: the choices for round and compare' }),
    round: RoundRef.nullable().openapi({ description: 'The round shown; null before the first closed round' }),
    compare: RoundRef.nullable(),
    nodes: NetworkMapSchema.shape.nodes.openapi({ description: 'Every partner; degree and betweenness over the history ties and the working ties the caller may see' }),
    ties: z.object({
      history: NetworkMapSchema.shape.ties.shape.history,
      working: z
        .array(
          Tie.extend({
            levelAB: z.number().nullable().openapi({ description: 'L(a→b), null when a did not rate b' }),
            levelBA: z.number().nullable().openapi({ description: 'L(b→a)' }),
          }),
        )
        .openapi({
          description:
            'The working ties of the round (max(L(a→b), L(b→a)) ≥ 2) the caller may see (DESIGN §5.3): the coordinator and the two partners of a pair see it; ' +
            'anyone else only when every rated direction rests on at least k respondents',
        }),
    }),
    metrics: NetworkMapSchema.shape.metrics.openapi({
      description: 'Over the history ties and the visible working ties; reciprocity of the round, null without a round or before k respondents rated partners',
    }),
    changes: z
      .object({
        added: z.array(Tie),
        removed: z.array(Tie),
        changed: z.array(z.object({ a: z.uuid(), b: z.uuid(), from: z.number(), to: z.number() })),
      })
      .nullable()
      .openapi({ description: 'With compare: the visible working ties added, removed or changed in level from the compared round to the shown one' }),
  })
  .openapi('RoundMap');
