import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/transaction.ts';
import { roleFromClaims } from '../../domain/sso.ts';
import { recordAudit } from '../audit/record-audit.ts';

/**
 * Gives a person who signed in through a provider their role at every partner linked to it, as
 * each link's mapping says: a membership, or a request the coordinator approves. Networks where
 * they already have a role or wait for approval are left as they are. Returns how many wait.
 */
export async function joinLinkedPartners(
  tx: Tx,
  { providerId, userId, claims, ip, now }: { providerId: string; userId: string; claims: Record<string, unknown>; ip: string | null; now: Date },
): Promise<{ joined: number; pending: number }> {
  const links = await tx.selectFrom('sso_partner_links').selectAll().where('provider_id', '=', providerId).execute();
  let joined = 0;
  let pending = 0;
  for (const link of links) {
    const role = roleFromClaims({ rules: link.rules, defaultRole: link.default_role }, claims);
    if (!role) continue;
    const member = await tx.selectFrom('network_members').select('id').where('network_id', '=', link.network_id).where('user_id', '=', userId).executeTakeFirst();
    if (member) continue;
    if (link.requires_approval) {
      const waiting = await tx.selectFrom('sso_pending_members').select('id').where('network_id', '=', link.network_id).where('user_id', '=', userId).executeTakeFirst();
      if (!waiting) await tx.insertInto('sso_pending_members').values({ id: randomUUID(), network_id: link.network_id, link_id: link.id, user_id: userId, role, created_at: now }).execute();
      pending++;
      continue;
    }
    await tx.insertInto('network_members').values({ id: randomUUID(), network_id: link.network_id, user_id: userId, role, partner_id: link.partner_id, created_at: now }).execute();
    await recordAudit(tx, { userId, ip }, { networkId: link.network_id, action: 'sso_member.join', objectType: 'sso_link', objectId: link.id, details: { role, partnerId: link.partner_id } });
    joined++;
  }
  return { joined, pending };
}
