import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { findHistoryEntry } from './history-entry-view.ts';

/** One entry of the network's shared history. */
export async function getHistoryEntry({ db }: AppDeps, { membership, entryId }: { membership: Membership; entryId: string }) {
  permit(membership, 'network.read');
  const entry = await findHistoryEntry(db, membership.networkId, entryId);
  if (!entry) throw notFound('History entry not found');
  return entry;
}
