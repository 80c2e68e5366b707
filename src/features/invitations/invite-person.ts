import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB, Role } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { invitationExpiry, roleAndPartnerProblem } from '../../domain/invitation.ts';
import { conflict, invalid } from '../../errors.ts';
import type { Membership } from '../../http/context.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { invitationMail } from '../../mail/templates.ts';
import { recordAudit, type Actor } from '../audit/record-audit.ts';
import { newInvitationToken } from './invitation-token.ts';
import { toInvitationView } from './invitation-view.ts';

export interface InvitationInput {
  email: string;
  role: Role;
  partnerId?: string | undefined;
  validDays?: number | undefined;
}

/**
 * Invites a person into the network with a role (and, for a representative, the partner they
 * speak for) and mails them a link. Inviting the same address again replaces the open invitation.
 */
export async function invitePerson(
  deps: { db: Kysely<DB>; mailer: Mailer; config: Config },
  actor: Actor & { userId: string },
  membership: Membership,
  input: InvitationInput,
) {
  const problem = roleAndPartnerProblem(input.role, input.partnerId);
  if (problem) throw invalid(problem, [{ path: ['partnerId'], message: problem }]);
  const email = input.email.trim().toLowerCase();
  const networkId = membership.networkId;
  return inTransaction(deps.db, async (tx) => {
    const network = await tx.selectFrom('networks').select(['name']).where('id', '=', networkId).executeTakeFirstOrThrow();
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

    const now = new Date();
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
        invited_by: actor.userId,
        expires_at: invitationExpiry(now, input.validDays),
        accepted_at: null,
        accepted_by: null,
        revoked_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const inviter = await tx.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
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
      }),
    });
    await recordAudit(tx, actor, {
      networkId,
      action: 'invitation.create',
      objectType: 'invitation',
      objectId: invitation.id,
      details: { email, role: input.role, partnerId: input.partnerId ?? null },
    });
    return toInvitationView({ ...invitation, partner_name: partnerName }, now);
  });
}
