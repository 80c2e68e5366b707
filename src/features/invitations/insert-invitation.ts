import { randomUUID } from 'node:crypto';
import type { Role } from '../../db/schema.ts';
import type { Tx } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { invitationExpiry } from '../../domain/invitation.ts';
import { conflict, invalid } from '../../errors.ts';
import { invitationMail } from '../../mail/templates.ts';
import { newInvitationToken } from './invitation-token.ts';
import { toInvitationView } from './invitation-view.ts';

export interface InvitationInput {
  email: string;
  role: Role;
  partnerId?: string | undefined;
  validDays?: number | undefined;
}

export interface InsertInvitationOptions {
  networkId: string;
  inviterId: string;
  invitation: InvitationInput;
  now: Date;
}

/**
 * Writes an invitation and its mail inside the caller's transaction (used by inviting one person
 * and by importing partners with their representatives); the caller checks the role and partner
 * rule and records the audit entry. Inviting the same address again replaces the open invitation.
 */
export async function insertInvitation(tx: Tx, deps: Pick<AppDeps, 'mailer' | 'config'>, { networkId, inviterId, invitation: input, now }: InsertInvitationOptions) {
  const email = input.email.trim().toLowerCase();
  const network = await tx.selectFrom('networks').select(['name', 'language']).where('id', '=', networkId).executeTakeFirstOrThrow();
  let partnerName: string | null = null;
  if (input.partnerId) {
    const partner = await tx.selectFrom('partners').select('name').where('id', '=', input.partnerId).where('network_id', '=', networkId).executeTakeFirst();
    if (!partner) throw invalid('This partner is not part of the network', [{ path: ['partnerId'], message: 'Unknown partner' }]);
    partnerName = partner.name;
  }
  const alreadyMember = await tx
    .selectFrom('network_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('m.id')
    .where('m.network_id', '=', networkId)
    .where('u.email', '=', email)
    .executeTakeFirst();
  if (alreadyMember) throw conflict('This person already has a role in the network');

  await tx
    .updateTable('invitations')
    .set({ revoked_at: now })
    .where('network_id', '=', networkId)
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
  const { token, hash } = newInvitationToken();
  const invitation = await tx
    .insertInto('invitations')
    .values({
      id: randomUUID(),
      network_id: networkId,
      email,
      role: input.role,
      partner_id: input.partnerId ?? null,
      token_hash: hash,
      invited_by: inviterId,
      expires_at: invitationExpiry(now, input.validDays),
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const inviter = await tx.selectFrom('users').select('name').where('id', '=', inviterId).executeTakeFirstOrThrow();
  await deps.mailer.send(tx, {
    to: email,
    networkId,
    ...invitationMail({
      networkName: network.name,
      inviterName: inviter.name,
      role: input.role,
      partnerName,
      url: `${deps.config.publicUrl}/invitations/${token}`,
      expiresAt: invitation.expires_at,
    }, network.language),
  });
  return toInvitationView({ ...invitation, partner_name: partnerName }, now);
}
