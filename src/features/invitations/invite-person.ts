import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { roleAndPartnerProblem } from '../../domain/invitation.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { invalid } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { insertInvitation, type InvitationInput } from './insert-invitation.ts';

export type { InvitationInput };

/**
 * Invites a person into the network with a role (and, for a representative, the partner they
 * speak for) and mails them a link. Inviting the same address again replaces the open invitation.
 */
export async function invitePerson(deps: AppDeps, { actor, membership, invitation: input }: NetworkCaller & { invitation: InvitationInput }) {
  permit(membership, 'invitation.manage');
  const problem = roleAndPartnerProblem(input.role, input.partnerId);
  if (problem) throw invalid(problem, [{ path: ['partnerId'], message: problem }]);
  const networkId = membership.networkId;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const invitation = await insertInvitation(tx, deps, { networkId, inviterId: actor.userId, invitation: input, now });
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
