import type { Membership } from '../../domain/membership.ts';

/** The coordinator writes any agreement's text; a representative only that of an agreement their partner is party to. */
export function mayWriteAgreement(membership: Membership, parties: string[]): boolean {
  if (membership.role === 'coordinator') return true;
  return membership.role === 'representative' && membership.partnerId !== null && parties.includes(membership.partnerId);
}
