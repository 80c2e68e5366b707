import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { invalid } from '../../errors.ts';
import { findPartner } from './partner-view.ts';
import { latestProfiles, toProfileView } from './profile-view.ts';

/**
 * Two partners' current profiles side by side: "what matters to them, what matters to us"
 * (every role). Both must be partners of this network, and two different ones.
 */
export async function compareProfiles({ db }: AppDeps, { membership, a, b }: { membership: Membership; a: string; b: string }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  if (a.toLowerCase() === b.toLowerCase()) throw invalid('Choose two different partners', [{ path: ['b'], message: 'Same partner as a' }]);
  const [partnerA, partnerB, profiles] = await Promise.all([findPartner(db, networkId, a), findPartner(db, networkId, b), latestProfiles(db, networkId, [a, b])]);
  const side = (p: typeof partnerA) => ({ partner: { id: p.id, name: p.name, sector: p.sector }, profile: toProfileView(p.id, profiles.get(p.id)) });
  return { a: side(partnerA), b: side(partnerB) };
}
