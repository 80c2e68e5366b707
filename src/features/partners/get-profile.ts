import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { findPartner } from './partner-view.ts';
import { latestProfiles, toProfileView } from './profile-view.ts';

/** A partner's current profile; every role in the network may read every profile. */
export async function getProfile({ db }: AppDeps, { membership, partnerId }: { membership: Membership; partnerId: string }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  await findPartner(db, networkId, partnerId);
  const latest = await latestProfiles(db, networkId, [partnerId]);
  return toProfileView(partnerId, latest.get(partnerId));
}
