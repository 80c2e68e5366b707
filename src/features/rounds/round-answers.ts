import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import { ASPECTS, type RoundResponse } from '../../domain/scores.ts';

const Agree = z.number().int().min(1).max(5).nullable().openapi({ description: '1–5, or null for "don\'t know"' });
const OpenText = z.string().max(4000).optional();

/** The body of a response (DESIGN §7.1): null is "don't know"; partner keys are the other partners. */
export const ResponseAnswers = z
  .strictObject({
    aspects: z.strictObject(Object.fromEntries(ASPECTS.map((a) => [a, z.array(Agree).length(2)])) as Record<(typeof ASPECTS)[number], z.ZodArray<typeof Agree>>),
    agreements: z.record(z.uuid(), z.strictObject({ importance: Agree, adherence: Agree })),
    partners: z.record(
      z.uuid(),
      z.strictObject({
        level: z.number().int().min(0).max(5).nullable(),
        reliability: Agree,
        openness: Agree,
        mission: Agree,
        influence: Agree,
        resources: Agree,
        involvement: Agree,
      }),
    ),
    wentWell: OpenText,
    toDiscuss: OpenText,
    askOfPartner: OpenText,
  })
  .openapi('ResponseAnswers');
export type ResponseAnswers = z.infer<typeof ResponseAnswers>;

/** A stored response as the scoring rules of domain/scores.ts take it. */
export function toRoundResponse(row: { respondent_id: string; partner_id: string; answers: unknown }): RoundResponse {
  const answers = row.answers as ResponseAnswers;
  return {
    respondentId: row.respondent_id,
    partnerId: row.partner_id,
    aspects: answers.aspects,
    agreements: answers.agreements,
    partners: answers.partners,
    toDiscuss: answers.toDiscuss ?? null,
  };
}

/** The submitted responses of a round (drafts count nowhere), ready for the scoring rules. */
export async function loadRoundResponses(q: Queryable | Kysely<DB>, roundId: string): Promise<RoundResponse[]> {
  const rows = await q
    .selectFrom('round_responses')
    .select(['respondent_id', 'partner_id', 'answers'])
    .where('round_id', '=', roundId)
    .where('submitted_at', 'is not', null)
    .execute();
  return rows.map(toRoundResponse);
}

/** The network's closed rounds, oldest first: the series that trends and spirals are read from. */
export async function closedRounds(q: Queryable | Kysely<DB>, networkId: string) {
  return q
    .selectFrom('rounds')
    .select(['id', 'title', 'opens_at', 'closes_at', 'closed_at'])
    .where('network_id', '=', networkId)
    .where('status', '=', 'closed')
    .orderBy('closed_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
}
