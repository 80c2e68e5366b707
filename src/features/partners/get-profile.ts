import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { findPartner } from './partner-view.ts';
import { latestProfiles, toProfileView } from './profile-view.ts';

/** A partner's current profile; every role in the network may read every profile. */
export async function getProfile(db: Kysely<DB>, networkId: string, partnerId: string) {
  await findPartner(db, networkId, partnerId);
  const latest = await latestProfiles(db, networkId, [partnerId]);
  return toProfileView(partnerId, latest.get(partnerId));
}
