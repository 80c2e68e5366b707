import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { findHistoryEntry } from './history-entry-view.ts';

/** One entry of the network's shared history. */
export async function getHistoryEntry(db: Kysely<DB>, networkId: string, entryId: string) {
  const entry = await findHistoryEntry(db, networkId, entryId);
  if (!entry) throw notFound('History entry not found');
  return entry;
}
