import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Queryable } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { OPEN_QUESTIONS, type DraftKind, type OpenQuestion } from '../../domain/open-answer.ts';
import { conflict, invalid } from '../../errors.ts';
import { responseProgress } from '../round-scores/response-progress.ts';
import { findScoredRound } from '../round-scores/scored-round.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Gives every non-empty open answer of the round's submitted responses an opaque id of its own
 * (a random UUID in `round_open_answers`): the id says nothing about the respondent, and ordering
 * by it gives a random order that stays the same between calls. Safe with several processes.
 */
export async function assignOpenAnswerIds(db: Queryable, round: { id: string; network_id: string }): Promise<void> {
  const rows = await db
    .selectFrom('round_responses')
    .select(['id', sql<string | null>`answers->>'wentWell'`.as('wentWell'), sql<string | null>`answers->>'toDiscuss'`.as('toDiscuss'), sql<string | null>`answers->>'askOfPartner'`.as('askOfPartner')])
    .where('round_id', '=', round.id)
    .where('submitted_at', 'is not', null)
    .execute();
  const known = await db.selectFrom('round_open_answers').select(['response_id', 'field']).where('round_id', '=', round.id).execute();
  const seen = new Set(known.map((k) => `${k.response_id}:${k.field}`));
  const missing = rows.flatMap((row) =>
    OPEN_QUESTIONS.filter((q) => row[q]?.trim() && !seen.has(`${row.id}:${q}`)).map((field) => ({
      id: randomUUID(),
      network_id: round.network_id,
      round_id: round.id,
      response_id: row.id,
      field,
      draft_kind: null,
      draft_id: null,
      drafted_at: null,
    })),
  );
  for (let i = 0; i < missing.length; i += 500) {
    await db
      .insertInto('round_open_answers')
      .values(missing.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['response_id', 'field']).doNothing())
      .execute();
  }
}

/** The drafts that still exist among the given ones, with their current titles. */
export async function existingDrafts(db: Queryable, networkId: string, drafts: { kind: DraftKind; id: string }[]) {
  const ids = (kind: DraftKind) => drafts.filter((d) => d.kind === kind).map((d) => d.id);
  const titles = new Map<string, string>();
  const stories = ids('story');
  const differences = ids('difference');
  const requests = ids('request');
  if (stories.length) for (const r of await db.selectFrom('stories').select(['id', 'title']).where('network_id', '=', networkId).where('id', 'in', stories).execute()) titles.set(r.id, r.title);
  if (differences.length) for (const r of await db.selectFrom('differences').select(['id', 'topic as title']).where('network_id', '=', networkId).where('id', 'in', differences).execute()) titles.set(r.id, r.title);
  if (requests.length) for (const r of await db.selectFrom('requests').select(['id', 'title']).where('network_id', '=', networkId).where('id', 'in', requests).execute()) titles.set(r.id, r.title);
  return titles;
}

/**
 * The open answers of a closed round for the coordinator (DESIGN §5.1, §5.3): each with its
 * opaque id, its question, its text and the draft made from it, in a random order that stays the
 * same. Nothing links an answer to a respondent or a partner. An open round has none (409); a
 * round with fewer than its k respondents none either (`heldBack` says why).
 */
export async function listOpenAnswers({ db }: AppDeps, { membership, roundId, page }: { membership: Membership; roundId: string; page: { limit: number; cursor?: string | undefined } }) {
  permit(membership, 'openAnswer.read');
  const { networkId } = membership;
  if (page.cursor !== undefined && !UUID.test(page.cursor)) throw invalid('The cursor is not valid', [{ path: ['cursor'], message: 'Invalid cursor' }]);
  const round = await findScoredRound(db, networkId, roundId);
  // While a round is open, a new text next to the list of who just responded would name its author;
  // below k respondents the texts are as good as signed (DESIGN §5.3).
  if (round.status !== 'closed') throw conflict('The open answers can be read once the round has closed', { status: round.status });
  const { responded } = await responseProgress(db, round.id);
  if (responded < round.disclosure.k) return { items: [], nextCursor: null, heldBack: { respondents: responded, anonymityK: round.disclosure.k } };
  await assignOpenAnswerIds(db, round);
  let query = db
    .selectFrom('round_open_answers as a')
    .innerJoin('round_responses as r', 'r.id', 'a.response_id')
    .select(['a.id', 'a.field', 'a.draft_kind', 'a.draft_id', sql<string | null>`r.answers->>a.field`.as('text')])
    .where('a.round_id', '=', round.id)
    .where('r.submitted_at', 'is not', null)
    // A respondent of an open round may have emptied an answer since it got its id.
    .where(sql<string>`coalesce(trim(r.answers->>a.field), '')`, '<>', '');
  if (page.cursor) query = query.where('a.id', '>', page.cursor);
  const rows = await query.orderBy('a.id').limit(page.limit + 1).execute();
  const more = rows.length > page.limit;
  const items = rows.slice(0, page.limit);
  const drafts = items.flatMap((r) => (r.draft_kind && r.draft_id ? [{ kind: r.draft_kind, id: r.draft_id }] : []));
  const titles = await existingDrafts(db, networkId, drafts);
  return {
    items: items.map((r) => ({
      id: r.id,
      question: r.field as OpenQuestion,
      text: r.text!.trim(),
      draft: r.draft_kind && r.draft_id && titles.has(r.draft_id) ? { kind: r.draft_kind, id: r.draft_id, title: titles.get(r.draft_id)! } : null,
    })),
    nextCursor: more ? items[items.length - 1]!.id : null,
    heldBack: null,
  };
}
