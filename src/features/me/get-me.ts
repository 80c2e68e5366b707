import type { AppDeps } from '../../deps.ts';
import type { CurrentUser } from '../../domain/membership.ts';

/** The user, whether they administer the installation, and their role in each network. */
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
    roles: roles.map((r) => ({ networkId: r.network_id, networkName: r.name, role: r.role, partnerId: r.partner_id })),
  };
}
