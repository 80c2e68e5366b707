import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { findDecision } from './decision-view.ts';

/** One decision with its consequences and the "changes nothing tomorrow" flag. */
export async function getDecision({ db }: AppDeps, { membership, decisionId }: { membership: Membership; decisionId: string }) {
  permit(membership, 'network.read');
  const decision = await findDecision(db, membership.networkId, decisionId);
  if (!decision) throw notFound('Decision not found');
  return decision;
}
