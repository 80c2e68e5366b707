import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import { frozenRound } from './frozen-round.ts';

const rateOf = (invited: number, responded: number) => (invited === 0 ? null : responded / invited);

/**
 * How many were invited to a round, how many submitted and the rate, in all and per partner
 * (DESIGN §5.3, §5.9): counts only, never who answered what. Partners are those with invitees,
 * ordered by name. Once the round's raw answers are being removed, the counts kept with its frozen form.
 *
 * @example await responseProgress(db, roundId) // { invited: 4, responded: 1, rate: 0.25, partners: [{ partnerId, invited: 1, responded: 1, rate: 1 }, …] }
 */
export async function responseProgress(db: Kysely<DB> | Queryable, roundId: string): Promise<ResponseProgress> {
  const frozen = await frozenRound(db, roundId);
  if (frozen) return frozen.progress;
  return countResponseProgress(db, roundId);
}

export interface ResponseProgress {
  invited: number;
  responded: number;
  rate: number | null;
  partners: { partnerId: string; invited: number; responded: number; rate: number | null }[];
}

/** `responseProgress` counted from the invitees and the responses. */
export async function countResponseProgress(db: Kysely<DB> | Queryable, roundId: string): Promise<ResponseProgress> {
  const [invited, responded] = await Promise.all([
    db
      .selectFrom('round_invitees as i')
      .innerJoin('partners as p', 'p.id', 'i.partner_id')
      .select((eb) => ['i.partner_id', 'p.name', eb.fn.countAll<string>().as('n')])
      .where('i.round_id', '=', roundId)
      .groupBy(['i.partner_id', 'p.name'])
      .orderBy('p.name')
      .orderBy('i.partner_id')
      .execute(),
    db
      .selectFrom('round_responses')
      .select((eb) => ['partner_id', eb.fn.countAll<string>().as('n')])
      .where('round_id', '=', roundId)
      .where('submitted_at', 'is not', null)
      .groupBy('partner_id')
      .execute(),
  ]);
  const respondedBy = new Map(responded.map((r) => [r.partner_id, Number(r.n)]));
  const partners = invited.map((row) => {
    const counts = { invited: Number(row.n), responded: respondedBy.get(row.partner_id) ?? 0 };
    return { partnerId: row.partner_id, ...counts, rate: rateOf(counts.invited, counts.responded) };
  });
  const total = { invited: partners.reduce((n, p) => n + p.invited, 0), responded: [...respondedBy.values()].reduce((n, v) => n + v, 0) };
  return { ...total, rate: rateOf(total.invited, total.responded), partners };
}
