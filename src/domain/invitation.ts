import type { Role } from './roles.ts';

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

/**
 * Where an invitation stands at `now`. An accepted invitation stays accepted after it would
 * have expired; a revoked one cannot be accepted any more.
 *
 * @example invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: tomorrow }, now) // 'pending'
 */
export function invitationStatus(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

/**
 * The rule that ties a role to a partner (DESIGN §2): a representative speaks for exactly one
 * partner, a member may work for one, and coordinators and observers speak for none.
 * Returns the broken rule, or null when the combination is allowed.
 */
export function roleAndPartnerProblem(role: Role, partnerId: string | null | undefined): string | null {
  if (role === 'representative' && !partnerId) return 'A representative speaks for a partner: give partnerId';
  if ((role === 'coordinator' || role === 'observer') && partnerId) return `A ${role} does not speak for a partner: leave out partnerId`;
  return null;
}

export const INVITATION_VALID_DAYS = 14;

/** The moment an invitation made at `now` expires. */
export function invitationExpiry(now: Date, days = INVITATION_VALID_DAYS): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}
