import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { toNetworkView } from './network-view.ts';

/** A network with some counts for its home page. */
export async function getNetwork({ db }: AppDeps, { membership }: { membership: Membership }) {
  permit(membership, 'network.read');
  const network = await db.selectFrom('networks').selectAll().where('id', '=', membership.networkId).executeTakeFirst();
  if (!network) throw notFound('Network not found');
  const [members, partners] = await Promise.all([
    db.selectFrom('network_members').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', network.id).executeTakeFirstOrThrow(),
    db.selectFrom('partners').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', network.id).executeTakeFirstOrThrow(),
  ]);
  return { ...toNetworkView(network, membership.role), memberCount: Number(members.n), partnerCount: Number(partners.n) };
}
