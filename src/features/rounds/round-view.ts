import type { Selectable } from 'kysely';
import type { RoundsTable } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import type { Membership } from '../../domain/membership.ts';
import { directsNetwork } from '../../domain/permissions.ts';
import type { ResponseProgress } from '../round-scores/response-progress.ts';

export type RoundRow = Selectable<RoundsTable>;

/** Who is looking: the coordinator sees response counts, everyone sees their own invitation. */
export interface Viewer {
  userId: string;
  role: Membership['role'];
}

/** Per round: how many were invited and how many submitted, plus the viewer's own invitation. */
async function roundFacts(q: Queryable, roundIds: string[], viewer: Viewer) {
  const counts = new Map<string, { invited: number; submitted: number }>();
  const mine = new Map<string, { invited: boolean; submittedAt: string | null }>();
  if (roundIds.length === 0) return { counts, mine };
  if (directsNetwork(viewer)) {
    const invited = await q
      .selectFrom('round_invitees')
      .select((eb) => ['round_id', eb.fn.countAll<string>().as('n')])
      .where('round_id', 'in', roundIds)
      .groupBy('round_id')
      .execute();
    const submitted = await q
      .selectFrom('round_responses')
      .select((eb) => ['round_id', eb.fn.countAll<string>().as('n')])
      .where('round_id', 'in', roundIds)
      .where('submitted_at', 'is not', null)
      .groupBy('round_id')
      .execute();
    for (const id of roundIds) counts.set(id, { invited: 0, submitted: 0 });
    for (const r of invited) counts.get(r.round_id)!.invited = Number(r.n);
    for (const r of submitted) counts.get(r.round_id)!.submitted = Number(r.n);
    // A round whose raw answers were removed (retention) keeps its counts with its frozen results.
    const frozen = await q.selectFrom('round_frozen_results').select(['round_id', 'progress']).where('round_id', 'in', roundIds).execute();
    for (const r of frozen) {
      const progress = r.progress as ResponseProgress;
      counts.set(r.round_id, { invited: progress.invited, submitted: progress.responded });
    }
  }
  const invitations = await q.selectFrom('round_invitees').select('round_id').where('round_id', 'in', roundIds).where('user_id', '=', viewer.userId).execute();
  const responses = await q
    .selectFrom('round_responses')
    .select(['round_id', 'submitted_at'])
    .where('round_id', 'in', roundIds)
    .where('respondent_id', '=', viewer.userId)
    .execute();
  for (const id of roundIds) mine.set(id, { invited: false, submittedAt: null });
  for (const r of invitations) mine.get(r.round_id)!.invited = true;
  for (const r of responses) mine.get(r.round_id)!.submittedAt = r.submitted_at?.toISOString() ?? null;
  return { counts, mine };
}

function toRoundView(row: RoundRow, facts: Awaited<ReturnType<typeof roundFacts>>) {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    opensAt: row.opens_at.toISOString(),
    closesAt: row.closes_at.toISOString(),
    includeMembers: row.include_members,
    disclosureMode: row.disclosure_mode,
    anonymityK: row.anonymity_k,
    openedAt: row.opened_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    responses: facts.counts.get(row.id) ?? null,
    you: facts.mine.get(row.id) ?? { invited: false, submittedAt: null },
    lowResponse: row.low_response,
    lowResponseIncluded: row.low_response_included,
  };
}

export type RoundView = ReturnType<typeof toRoundView>;

/** The viewer behind an actor (a signed-in user) and their membership. */
export const viewerOf = (actor: { userId: string }, membership: Pick<Membership, 'role'>): Viewer => ({ userId: actor.userId, role: membership.role });

/** Rows as the API shows them. */
export async function toRoundViews(q: Queryable, rows: RoundRow[], viewer: Viewer): Promise<RoundView[]> {
  const facts = await roundFacts(
    q,
    rows.map((r) => r.id),
    viewer,
  );
  return rows.map((row) => toRoundView(row, facts));
}

/** One round of the network, or 404. */
export async function findRound(q: Queryable, networkId: string, roundId: string, lock?: 'update' | 'share'): Promise<RoundRow> {
  let query = q.selectFrom('rounds').selectAll().where('id', '=', roundId).where('network_id', '=', networkId);
  if (lock === 'update') query = query.forUpdate();
  if (lock === 'share') query = query.forShare();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('Round not found');
  return row;
}

/** One round as a view for the viewer, or 404. */
export async function roundView(q: Queryable, { networkId, roundId, viewer }: { networkId: string; roundId: string; viewer: Viewer }): Promise<RoundView> {
  const [view] = await toRoundViews(q, [await findRound(q, networkId, roundId)], viewer);
  return view!;
}
