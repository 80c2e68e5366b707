import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { demand, mayHandOverRole } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
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
 */
export async function handOverRole(deps: AppDeps, { actor, membership, handover }: NetworkCaller & { handover: HandoverInput }) {
  const { networkId } = membership;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const leaver = await tx
      .selectFrom('network_members')
      .select(['user_id', 'role', 'partner_id'])
      .where('network_id', '=', networkId)
      .where('user_id', '=', handover.leaverId)
      .executeTakeFirst();
    if (!leaver) throw notFound('This person has no role in the network');
    demand(
      mayHandOverRole(membership, actor.userId, { userId: leaver.user_id, role: leaver.role, partnerId: leaver.partner_id }),
      "Only a representative's role can be handed over, by the coordinator or by the representative themself",
    );
    const invitation = await insertInvitation(tx, deps, {
      networkId,
      inviterId: actor.userId,
      invitation: { email: handover.successorEmail, role: 'representative', partnerId: leaver.partner_id!, validDays: handover.validDays },
      now,
    });
    await tx.updateTable('invitations').set({ replaces_user_id: leaver.user_id, leaver_becomes: handover.leaverBecomes }).where('id', '=', invitation.id).execute();
    await recordAudit(tx, actor, {
      networkId,
      action: 'role.handover',
      objectType: 'invitation',
      objectId: invitation.id,
      details: { leaverId: leaver.user_id, partnerId: leaver.partner_id, successorEmail: invitation.email, leaverBecomes: handover.leaverBecomes },
    });
    const leaverName = (await tx.selectFrom('users').select('name').where('id', '=', leaver.user_id).executeTakeFirstOrThrow()).name;
    return { ...invitation, handover: { leaver: { id: leaver.user_id, name: leaverName }, leaverBecomes: handover.leaverBecomes } };
  });
}
