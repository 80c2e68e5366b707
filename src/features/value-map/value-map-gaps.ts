import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { readValueMap } from './get-value-map.ts';

export interface ValueMapGap {
  partnerId: string;
  partnerName: string;
  /** Set when the gap is about one value dimension; the gaps of today are per partner, over all its claims. */
  dimension?: string;
  claimed: number;
  perceived: number;
  gap: number;
}

/**
 * The large gaps between what partners claim to contribute and the value the others perceive
 * (last closed round, under the anonymity rule), largest first: a signal for the agenda.
 *
 * @example const gaps = await valueMapGaps(db, networkId, now); // [{ partnerName: 'GGZ Noord', claimed: 88.9, perceived: 41.7, gap: 47.2 }]
 */
export async function valueMapGaps(db: Kysely<DB>, networkId: string, now: Date): Promise<ValueMapGap[]> {
  const map = await readValueMap(db, networkId, now);
  return map.partners
    .filter((row) => row.flagged && row.claimed !== null && row.gap !== null && row.perceived?.value != null)
    .map((row) => ({ partnerId: row.partnerId, partnerName: row.partnerName, claimed: row.claimed!, perceived: row.perceived!.value!, gap: row.gap! }))
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap));
}
