import type { Selectable } from 'kysely';
import type { DifferencesTable } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import type { DifferenceStatus } from '../../domain/development.ts';

type DifferenceRow = Selectable<DifferencesTable> & { created_by_name: string; agreement_title: string | null };

export interface DifferenceParty {
  id: string;
  name: string;
  view: string;
  viewUpdatedAt: string | null;
  viewUpdatedBy: { id: string; name: string } | null;
}

/** The differences' rows with their author's name and the resolving agreement's title. */
export function selectDifferences(q: Queryable, networkId: string) {
  return q
    .selectFrom('differences as d')
    .innerJoin('users as u', 'u.id', 'd.created_by')
    .leftJoin('agreements as a', 'a.id', 'd.resolved_by_agreement_id')
    .selectAll('d')
    .select(['u.name as created_by_name', 'a.title as agreement_title'])
    .where('d.network_id', '=', networkId);
}

/** The partners of each difference with their views, by name: difference id → parties. */
export async function partiesOf(q: Queryable, networkId: string, differenceIds: readonly string[]) {
  const byDifference = new Map<string, DifferenceParty[]>();
  if (differenceIds.length === 0) return byDifference;
  const rows = await q
    .selectFrom('difference_partners as dp')
    .innerJoin('partners as p', 'p.id', 'dp.partner_id')
    .leftJoin('users as u', 'u.id', 'dp.view_updated_by')
    .select(['dp.difference_id', 'p.id', 'p.name', 'dp.view', 'dp.view_updated_at', 'dp.view_updated_by', 'u.name as view_updated_by_name'])
    .where('dp.network_id', '=', networkId)
    .where('dp.difference_id', 'in', [...differenceIds])
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
  for (const row of rows) {
    let parties = byDifference.get(row.difference_id);
    if (parties === undefined) byDifference.set(row.difference_id, (parties = []));
    parties.push({
      id: row.id,
      name: row.name,
      view: row.view,
      viewUpdatedAt: row.view_updated_at ? row.view_updated_at.toISOString() : null,
      viewUpdatedBy: row.view_updated_by ? { id: row.view_updated_by, name: row.view_updated_by_name ?? '' } : null,
    });
  }
  return byDifference;
}

/** A difference as the API shows it. */
export function toDifferenceView(row: DifferenceRow, partners: DifferenceParty[]) {
  return {
    id: row.id,
    topic: row.topic,
    description: row.description,
    kind: row.kind,
    status: row.status as DifferenceStatus,
    resolvedBy: row.resolved_by_agreement_id ? { id: row.resolved_by_agreement_id, title: row.agreement_title ?? '' } : null,
    partners,
    draft: row.draft,
    originRoundId: row.origin_round_id,
    version: row.version,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export type DifferenceView = ReturnType<typeof toDifferenceView>;

/** Rows with their parties, as views. */
export async function toDifferenceViews(q: Queryable, networkId: string, rows: DifferenceRow[]) {
  const parties = await partiesOf(
    q,
    networkId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toDifferenceView(row, parties.get(row.id) ?? []));
}

/** One difference as a view, or undefined when it is not in the network. */
export async function findDifference(q: Queryable, networkId: string, differenceId: string): Promise<DifferenceView | undefined> {
  const row = await selectDifferences(q, networkId).where('d.id', '=', differenceId).executeTakeFirst();
  if (!row) return undefined;
  const [view] = await toDifferenceViews(q, networkId, [row]);
  return view;
}

/** The status changes of a difference, oldest first. */
export async function statusHistoryOf(q: Queryable, networkId: string, differenceId: string) {
  const rows = await q
    .selectFrom('difference_status_changes as c')
    .innerJoin('users as u', 'u.id', 'c.created_by')
    .select(['c.id', 'c.from_status', 'c.to_status', 'c.note', 'c.created_by', 'u.name', 'c.created_at'])
    .where('c.network_id', '=', networkId)
    .where('c.difference_id', '=', differenceId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    from: r.from_status as DifferenceStatus | null,
    to: r.to_status as DifferenceStatus,
    note: r.note,
    by: { id: r.created_by, name: r.name },
    at: r.created_at.toISOString(),
  }));
}
