import type { ExpressionBuilder, Selectable } from 'kysely';
import type { DB, DecisionsTable } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import { changesNothingTomorrow, whyNothingChanges } from '../../domain/development.ts';

type DecisionRow = Selectable<DecisionsTable> & {
  created_by_name: string;
  meeting_title: string | null;
  meeting_held_on: string | null;
};

export interface ConsequenceView {
  id: string;
  title: string;
  status: 'open' | 'claimed' | 'done' | 'dropped';
  dueOn: string | null;
  owner: { id: string; name: string } | null;
}

/** Decisions with their author's name and their session, for `toDecisionViews`. */
export function selectDecisions(q: Queryable, networkId: string) {
  return q
    .selectFrom('decisions as d')
    .innerJoin('users as u', 'u.id', 'd.created_by')
    .leftJoin('meetings as m', 'm.id', 'd.meeting_id')
    .selectAll('d')
    .select(['u.name as created_by_name', 'm.title as meeting_title', 'm.held_on as meeting_held_on'])
    .where('d.network_id', '=', networkId);
}

/**
 * The SQL twin of `changesNothingTomorrow` for filtering lists: a step that serves the decision,
 * is not dropped, and has an owner and a due date. Keep both in step.
 */
export function hasConsequence(eb: ExpressionBuilder<DB & { d: DecisionsTable }, 'd'>) {
  return eb.exists(
    eb
      .selectFrom('steps as s')
      .select('s.id')
      .where('s.serves_kind', '=', 'decision')
      .whereRef('s.serves_id', '=', 'd.id')
      .where('s.status', '!=', 'dropped')
      .where('s.claimed_by', 'is not', null)
      .where('s.due_on', 'is not', null),
  );
}

/** The steps that serve these decisions: decision id → consequences, oldest first. */
export async function consequencesOf(q: Queryable, networkId: string, decisionIds: readonly string[]) {
  const byDecision = new Map<string, ConsequenceView[]>();
  if (decisionIds.length === 0) return byDecision;
  const rows = await q
    .selectFrom('steps as s')
    .leftJoin('users as u', 'u.id', 's.claimed_by')
    .select(['s.id', 's.title', 's.status', 's.due_on', 's.claimed_by', 's.serves_id', 'u.name as owner_name'])
    .where('s.network_id', '=', networkId)
    .where('s.serves_kind', '=', 'decision')
    .where('s.serves_id', 'in', [...decisionIds])
    .orderBy('s.created_at')
    .orderBy('s.id')
    .execute();
  for (const row of rows) {
    let list = byDecision.get(row.serves_id!);
    if (list === undefined) byDecision.set(row.serves_id!, (list = []));
    list.push({
      id: row.id,
      title: row.title,
      status: row.status,
      dueOn: row.due_on,
      owner: row.claimed_by ? { id: row.claimed_by, name: row.owner_name ?? '' } : null,
    });
  }
  return byDecision;
}

/** Whether a decision with these consequences changes nothing tomorrow; dropped steps do not count. */
export function flagOf(consequences: readonly ConsequenceView[]): boolean {
  return changesNothingTomorrow(consequences.filter((c) => c.status !== 'dropped').map((c) => ({ ownerId: c.owner?.id ?? null, dueOn: c.dueOn })));
}

/** What a decision that changes nothing tomorrow still lacks: a step, someone who claims it, or its date. */
export function reasonOf(consequences: readonly ConsequenceView[]) {
  return whyNothingChanges(consequences.filter((c) => c.status !== 'dropped').map((c) => ({ ownerId: c.owner?.id ?? null, dueOn: c.dueOn })));
}

export function toDecisionView(row: DecisionRow, consequences: ConsequenceView[]) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    session: row.meeting_id && row.meeting_title && row.meeting_held_on ? { id: row.meeting_id, title: row.meeting_title, heldOn: row.meeting_held_on } : null,
    consequences,
    changesNothingTomorrow: flagOf(consequences),
    changesNothingBecause: reasonOf(consequences),
    version: row.version,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export type DecisionView = ReturnType<typeof toDecisionView>;

export async function toDecisionViews(q: Queryable, networkId: string, rows: DecisionRow[]): Promise<DecisionView[]> {
  const consequences = await consequencesOf(
    q,
    networkId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toDecisionView(row, consequences.get(row.id) ?? []));
}

/** One decision as a view, or undefined when it is not in the network. */
export async function findDecision(q: Queryable, networkId: string, decisionId: string) {
  const row = await selectDecisions(q, networkId).where('d.id', '=', decisionId).executeTakeFirst();
  if (!row) return undefined;
  const [view] = await toDecisionViews(q, networkId, [row]);
  return view;
}
