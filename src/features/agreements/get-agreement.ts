import type { AppDeps } from '../../deps.ts';
import { dutchToday } from '../../domain/calendar.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { findAgreement } from './agreement-view.ts';

/** One agreement with its status, parties, review date and the state of a proposal. */
export async function getAgreement({ db, clock }: AppDeps, { membership, agreementId }: { membership: Membership; agreementId: string }) {
  permit(membership, 'network.read');
  return findAgreement(db, { networkId: membership.networkId, agreementId, today: dutchToday(clock.now()) });
}
