import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { findDifference, statusHistoryOf } from './difference-view.ts';
import { loadDifference } from './load-difference.ts';

/** One difference with each involved partner's own view and the history of its status changes. */
export async function getDifference({ db }: AppDeps, { membership, differenceId }: { membership: Membership; differenceId: string }) {
  permit(membership, 'network.read');
  await loadDifference(db, membership, differenceId);
  const difference = (await findDifference(db, membership.networkId, differenceId))!;
  return { ...difference, history: await statusHistoryOf(db, membership.networkId, differenceId) };
}
