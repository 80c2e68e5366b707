import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { toRequirementView } from './availability-views.ts';

/** The network's requirements, one per capability that has one. */
export async function listRequirements({ db }: AppDeps, { membership }: { membership: Membership }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const rows = await db
    .selectFrom('requirements as r')
    .innerJoin('capabilities as c', 'c.id', 'r.capability_id')
    .selectAll('r')
    .where('r.network_id', '=', networkId)
    .orderBy('c.name')
    .execute();
  return rows.map(toRequirementView);
}
