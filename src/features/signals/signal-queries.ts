import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { isDifferenceOpen } from '../../domain/agenda.ts';

/** The network's anonymity threshold k (DESIGN §5.3). */
export async function anonymityK(db: Kysely<DB>, networkId: string): Promise<number> {
  const network = await db.selectFrom('networks').select('anonymity_k').where('id', '=', networkId).executeTakeFirstOrThrow();
  return network.anonymity_k;
}

/** Every partner of the network, id → name. */
export async function partnerNames(db: Kysely<DB>, networkId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('partners').select(['id', 'name']).where('network_id', '=', networkId).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The network's agreements that have not ended, id → title. */
export async function activeAgreementTitles(db: Kysely<DB>, networkId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('agreements').select(['id', 'title']).where('network_id', '=', networkId).where('ended_at', 'is', null).execute();
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** Published differences still open on the agenda: named, explored or discussed. */
export async function countOpenDifferences(db: Kysely<DB>, networkId: string): Promise<number> {
  const rows = await db.selectFrom('differences').select(['status', 'draft']).where('network_id', '=', networkId).execute();
  return rows.filter(isDifferenceOpen).length;
}
