import type { Selectable } from 'kysely';
import type { HistoryEntriesTable } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';

type EntryRow = Selectable<HistoryEntriesTable> & { created_by_name: string };

/** The entries' rows with their author's name, for `toHistoryEntryViews`. */
export function selectHistoryEntries(q: Queryable, networkId: string) {
  return q
    .selectFrom('history_entries as e')
    .innerJoin('users as u', 'u.id', 'e.created_by')
    .selectAll('e')
    .select('u.name as created_by_name')
    .where('e.network_id', '=', networkId);
}

/** The partners of each entry, by name: entry id → [{ id, name }]. */
export async function partnersOfEntries(q: Queryable, networkId: string, entryIds: readonly string[]) {
  const byEntry = new Map<string, Array<{ id: string; name: string }>>();
  if (entryIds.length === 0) return byEntry;
  const rows = await q
    .selectFrom('history_entry_partners as ep')
    .innerJoin('partners as p', 'p.id', 'ep.partner_id')
    .select(['ep.entry_id', 'p.id', 'p.name'])
    .where('ep.network_id', '=', networkId)
    .where('ep.entry_id', 'in', [...entryIds])
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
  for (const row of rows) {
    let partners = byEntry.get(row.entry_id);
    if (partners === undefined) byEntry.set(row.entry_id, (partners = []));
    partners.push({ id: row.id, name: row.name });
  }
  return byEntry;
}

/** A history entry as the API shows it. */
export function toHistoryEntryView(row: EntryRow, partners: Array<{ id: string; name: string }>) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    outcome: row.outcome,
    note: row.note,
    partners,
    version: row.version,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Rows with their partners, as views. */
export async function toHistoryEntryViews(q: Queryable, networkId: string, rows: EntryRow[]) {
  const partners = await partnersOfEntries(
    q,
    networkId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toHistoryEntryView(row, partners.get(row.id) ?? []));
}

/** One entry as a view, or undefined when it is not in the network. */
export async function findHistoryEntry(q: Queryable, networkId: string, entryId: string) {
  const row = await selectHistoryEntries(q, networkId).where('e.id', '=', entryId).executeTakeFirst();
  if (!row) return undefined;
  const [view] = await toHistoryEntryViews(q, networkId, [row]);
  return view;
}
