import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { demand, mayHandOverRole } from '../../domain/permissions.ts';
import { conflict, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { insertInvitation } from './insert-invitation.ts';

export type LeaverBecomes = 'member' | 'leaves';

export interface HandoverInput {
  /** The representative whose role passes on. */
  leaverId: string;
  successorEmail: string;
  /** What the leaver becomes once the successor accepts: a member of the partner, or nobody in the network. */
  leaverBecomes: LeaverBecomes;
  validDays?: number | undefined;
}

/**
 * Starts the handover of a representative's role in a partner: the successor is invited as
 * representative of that partner; when they accept, the leaver's role ends as chosen and the
 * steps the leaver claimed become open again (accept-invitation.ts, complete-handover.ts). The
 * coordinator may hand over any representative's role, a representative their own.
 *
 * A leaver has at most one pending handover: a new one withdraws the earlier invitation (so a
 * mistyped address is corrected by handing over again, also by a representative, who cannot
 * withdraw invitations). A successor who already has a role in the network is refused with a
 * conflict before anything is written: accepting would fail for them.
 */
export async function handOverRole(deps: AppDeps, { actor, membership, handover }: NetworkCaller & { handover: HandoverInput }) {
  const { networkId } = membership;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    // Locked, so two handovers of the same role at once cannot both stay pending.
    const leaver = await tx
      .selectFrom('network_members')
      .select(['user_id', 'role', 'partner_id'])
      .where('network_id', '=', networkId)
      .where('user_id', '=', handover.leaverId)
      .forUpdate()
      .executeTakeFirst();
    if (!leaver) throw notFound('This person has no role in the network');
    demand(
      mayHandOverRole(membership, actor.userId, { userId: leaver.user_id, role: leaver.role, partnerId: leaver.partner_id }),
      "Only a representative's role can be handed over, by the coordinator or by the representative themself",
    );
    const successorEmail = handover.successorEmail.trim().toLowerCase();
    const successorHasRole = await tx
      .selectFrom('network_members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select('m.id')
      .where('m.network_id', '=', networkId)
      .where('u.email', '=', successorEmail)
      .executeTakeFirst();
    if (successorHasRole) {
      throw conflict(`${successorEmail} already has a role in this network; a successor must be someone without a role in it yet`, { reason: 'successor_has_role' });
    }
    const withdrawn = await tx
      .updateTable('invitations')
      .set({ revoked_at: now })
      .where('network_id', '=', networkId)
      .where('replaces_user_id', '=', leaver.user_id)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('id')
      .execute();
    const invitation = await insertInvitation(tx, deps, {
      networkId,
      inviterId: actor.userId,
      invitation: { email: successorEmail, role: 'representative', partnerId: leaver.partner_id!, validDays: handover.validDays },
      now,
    });
    await tx.updateTable('invitations').set({ replaces_user_id: leaver.user_id, leaver_becomes: handover.leaverBecomes }).where('id', '=', invitation.id).execute();
    await recordAudit(tx, actor, {
      networkId,
      action: 'role.handover',
      objectType: 'invitation',
      objectId: invitation.id,
      details: {
        leaverId: leaver.user_id,
        partnerId: leaver.partner_id,
        successorEmail: invitation.email,
        leaverBecomes: handover.leaverBecomes,
        withdrawnInvitations: withdrawn.map((w) => w.id),
      },
    });
    const leaverName = (await tx.selectFrom('users').select('name').where('id', '=', leaver.user_id).executeTakeFirstOrThrow()).name;
    return { ...invitation, handover: { leaver: { id: leaver.user_id, name: leaverName }, leaverBecomes: handover.leaverBecomes } };
  });
}
