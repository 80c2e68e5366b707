import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { findPartner, toPartnerView } from './partner-view.ts';

/** One partner of the network with its representatives and profile status. */
export async function getPartner({ db }: AppDeps, { membership, partnerId }: { membership: Membership; partnerId: string }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  return toPartnerView(db, networkId, await findPartner(db, networkId, partnerId));
}
