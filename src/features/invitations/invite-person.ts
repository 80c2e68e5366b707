import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { roleAndPartnerProblem } from '../../domain/invitation.ts';
import { invalid } from '../../errors.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { insertInvitation, type InvitationInput } from './insert-invitation.ts';

export type { InvitationInput };

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
  const networkId = membership.networkId;
  return inTransaction(deps.db, async (tx) => {
    const invitation = await insertInvitation(tx, deps, actor.userId, networkId, input);
    await recordAudit(tx, actor, {
      networkId,
      action: 'invitation.create',
      objectType: 'invitation',
      objectId: invitation.id,
      details: { email: invitation.email, role: input.role, partnerId: input.partnerId ?? null },
    });
    return invitation;
  });
}
