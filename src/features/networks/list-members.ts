import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';

/** The people of a network with their roles (and the partner they speak or work for). */
export async function listMembers({ db }: AppDeps, { membership }: { membership: Membership }) {
  permit(membership, 'network.read');
  const rows = await db
    .selectFrom('network_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('partners as p', 'p.id', 'm.partner_id')
    .select(['m.id', 'm.user_id', 'm.role', 'm.partner_id', 'm.created_at', 'u.name', 'u.email', 'p.name as partner_name'])
    .where('m.network_id', '=', membership.networkId)
    .orderBy('u.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    name: r.name,
    email: r.email,
    role: r.role,
    partner: r.partner_id ? { id: r.partner_id, name: r.partner_name ?? '' } : null,
    since: r.created_at.toISOString(),
  }));
}
