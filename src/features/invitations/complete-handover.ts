import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/transaction.ts';
import type { Actor } from '../../domain/membership.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { coordinatorsOf } from '../notifications/notify.ts';
import type { LeaverBecomes } from './hand-over-role.ts';

export interface CompleteHandoverOptions {
  networkId: string;
  partnerId: string;
  invitationId: string;
  leaverId: string;
  successorId: string;
  leaverBecomes: LeaverBecomes;
  now: Date;
}

/**
 * Finishes a handover when the successor accepts, in the acceptance's transaction: the leaver's
 * representative role in the partner ends (member of the partner, or out of the network), the
 * steps they had claimed in the network are open again for someone to claim, and the partner's
 * people and the coordinators get an in-app notice. Who did what stays: authors and the audit log
 * are untouched, and the audit entry names the released steps.
 */
export async function completeHandover(tx: Tx, actor: Actor, options: CompleteHandoverOptions): Promise<void> {
  const { networkId, partnerId, leaverId, now } = options;
  const role = await tx
    .selectFrom('network_members')
    .select('id')
    .where('network_id', '=', networkId)
    .where('user_id', '=', leaverId)
    .where('role', '=', 'representative')
    .where('partner_id', '=', partnerId)
    .executeTakeFirst();
  if (role) {
    if (options.leaverBecomes === 'member') await tx.updateTable('network_members').set({ role: 'member' }).where('id', '=', role.id).execute();
    else await tx.deleteFrom('network_members').where('id', '=', role.id).execute();
  }
  const released = await tx
    .updateTable('steps')
    .set((eb) => ({ status: 'open', claimed_by: null, claimed_at: null, version: eb('version', '+', 1), updated_at: now }))
    .where('network_id', '=', networkId)
    .where('claimed_by', '=', leaverId)
    .where('status', '=', 'claimed')
    .returning(['id', 'title'])
    .execute();

  const [leaver, partner] = await Promise.all([
    tx.selectFrom('users').select('name').where('id', '=', leaverId).executeTakeFirstOrThrow(),
    tx.selectFrom('partners').select('name').where('id', '=', partnerId).executeTakeFirstOrThrow(),
  ]);
  const partnerPeople = await tx.selectFrom('network_members').select('user_id').where('network_id', '=', networkId).where('partner_id', '=', partnerId).execute();
  const told = new Set([...partnerPeople.map((m) => m.user_id), ...(await coordinatorsOf(tx, networkId))]);
  told.delete(leaverId);
  if (told.size > 0) {
    const params = JSON.stringify({ leaver: leaver.name, partner: partner.name, steps: released.length });
    await tx
      .insertInto('notifications')
      .values([...told].map((userId) => ({ id: randomUUID(), network_id: networkId, user_id: userId, kind: 'roleHandedOver', params, link: `/networks/${networkId}/steps` })))
      .execute();
  }
  await recordAudit(tx, actor, {
    networkId,
    action: 'role.handover_complete',
    objectType: 'invitation',
    objectId: options.invitationId,
    details: { leaverId, successorId: options.successorId, partnerId, leaverBecomes: options.leaverBecomes, releasedSteps: released.map((s) => s.id) },
  });
}
