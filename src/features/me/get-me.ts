import type { AppDeps } from '../../deps.ts';
import type { CurrentUser } from '../../domain/membership.ts';
import { mayStartNetwork } from '../../domain/permissions.ts';

/** The user, whether they administer the installation, their role in each network, and whether they may start one. */
export async function getMe({ db }: AppDeps, { user }: { user: CurrentUser }) {
  const [admin, roles] = await Promise.all([
    db.selectFrom('instance_admins').select('user_id').where('user_id', '=', user.id).executeTakeFirst(),
    db
      .selectFrom('network_members as m')
      .innerJoin('networks as n', 'n.id', 'm.network_id')
      .select(['m.network_id', 'n.name', 'm.role', 'm.partner_id'])
      .where('m.user_id', '=', user.id)
      .orderBy('n.name')
      .execute(),
  ]);
  return {
    user,
    isAdmin: admin !== undefined,
    mayCreateNetwork: mayStartNetwork({ isAdmin: admin !== undefined, roles }),
    roles: roles.map((r) => ({ networkId: r.network_id, networkName: r.name, role: r.role, partnerId: r.partner_id })),
  };
}
