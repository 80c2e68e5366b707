import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import type { Membership } from '../../domain/membership.ts';
import { toNetworkView } from './network-view.ts';

/** A network with some counts for its home page. */
export async function getNetwork(db: Kysely<DB>, membership: Membership) {
  const network = await db.selectFrom('networks').selectAll().where('id', '=', membership.networkId).executeTakeFirst();
  if (!network) throw notFound('Network not found');
  const [members, partners] = await Promise.all([
    db.selectFrom('network_members').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', network.id).executeTakeFirstOrThrow(),
    db.selectFrom('partners').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', network.id).executeTakeFirstOrThrow(),
  ]);
  return { ...toNetworkView(network, membership.role), memberCount: Number(members.n), partnerCount: Number(partners.n) };
}
