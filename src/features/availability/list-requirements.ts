import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { toRequirementView } from './availability-views.ts';

/** The network's requirements, one per capability that has one. */
export async function listRequirements(db: Kysely<DB>, networkId: string) {
  const rows = await db
    .selectFrom('requirements as r')
    .innerJoin('capabilities as c', 'c.id', 'r.capability_id')
    .selectAll('r')
    .where('r.network_id', '=', networkId)
    .orderBy('c.name')
    .execute();
  return rows.map(toRequirementView);
}
