import type { Selectable } from 'kysely';
import type { StepServesKind, StepsTable } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import { dutchToday } from '../../domain/calendar.ts';
import { isStepOverdue } from '../../domain/step-due.ts';
import { titlesOfServed } from './served-things.ts';

export type StepRow = Selectable<StepsTable> & { created_by_name: string; claimed_by_name: string | null };

/** The steps' rows with the names of their proposer and claimer, for `toStepViews`. */
export function selectSteps(q: Queryable) {
  return q
    .selectFrom('steps as s')
    .innerJoin('users as u', 'u.id', 's.created_by')
    .leftJoin('users as cu', 'cu.id', 's.claimed_by')
    .selectAll('s')
    .select(['u.name as created_by_name', 'cu.name as claimed_by_name']);
}

/** A step as the API shows it. */
export function toStepView(row: StepRow, servesTitle: string | null, today: string) {
  return {
    id: row.id,
    networkId: row.network_id,
    title: row.title,
    description: row.description,
    status: row.status,
    dueOn: row.due_on,
    overdue: isStepOverdue({ status: row.status, dueOn: row.due_on }, today),
    servesKind: row.serves_kind,
    servesId: row.serves_id,
    servesTitle,
    claimedBy: row.claimed_by ? { id: row.claimed_by, name: row.claimed_by_name ?? '' } : null,
    claimedAt: row.claimed_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** Rows as views at `now` (which decides what is overdue), with the titles of what they serve (one query per kind on the page). */
export async function toStepViews(q: Queryable, rows: StepRow[], now: Date) {
  const today = dutchToday(now);
  const wanted = rows.filter((r) => r.serves_kind !== null && r.serves_id !== null).map((r) => ({ kind: r.serves_kind as StepServesKind, id: r.serves_id as string }));
  const titles = await titlesOfServed(q, wanted);
  return rows.map((row) => toStepView(row, row.serves_id ? (titles.get(row.serves_id) ?? null) : null, today));
}

/** One step of the network as a view at `now`, or undefined. */
export async function findStep(q: Queryable, { networkId, stepId, now }: { networkId: string; stepId: string; now: Date }) {
  const row = await selectSteps(q).where('s.network_id', '=', networkId).where('s.id', '=', stepId).executeTakeFirst();
  if (!row) return undefined;
  const [view] = await toStepViews(q, [row], now);
  return view;
}
