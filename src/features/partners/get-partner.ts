import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { findPartner, toPartnerView } from './partner-view.ts';

/** One partner of the network with its representatives and profile status. */
export async function getPartner(db: Kysely<DB>, networkId: string, partnerId: string) {
  return toPartnerView(db, networkId, await findPartner(db, networkId, partnerId));
}
