import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { invitationStatus } from '../../domain/invitation.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { conflict, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { toInvitationView } from './invitation-view.ts';

/** Withdraws an invitation that has not been accepted yet. */
export async function revokeInvitation({ db, clock }: AppDeps, { actor, membership, invitationId }: NetworkCaller & { invitationId: string }) {
  permit(membership, 'invitation.manage');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const row = await tx
      .selectFrom('invitations as i')
      .leftJoin('partners as p', 'p.id', 'i.partner_id')
      .leftJoin('users as l', 'l.id', 'i.replaces_user_id')
      .selectAll('i')
      .select(['p.name as partner_name', 'l.name as leaver_name'])
      .where('i.id', '=', invitationId)
      .where('i.network_id', '=', networkId)
      .forUpdate('i')
      .executeTakeFirst();
    if (!row) throw notFound('Invitation not found');
    const status = invitationStatus({ acceptedAt: row.accepted_at, revokedAt: row.revoked_at, expiresAt: row.expires_at }, now);
    if (status === 'accepted') throw conflict('This invitation has already been accepted');
    if (status !== 'revoked') await tx.updateTable('invitations').set({ revoked_at: now }).where('id', '=', row.id).execute();
    await recordAudit(tx, actor, { networkId, action: 'invitation.revoke', objectType: 'invitation', objectId: row.id, details: { email: row.email } });
    return toInvitationView({ ...row, revoked_at: row.revoked_at ?? now }, now);
  });
}
