import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DifferenceKind } from '../../db/schema.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { DRAFT_KIND_OF, draftTitle, type DraftKind, type OpenQuestion } from '../../domain/open-answer.ts';
import { permit } from '../../domain/permissions.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { responseProgress } from '../round-scores/response-progress.ts';
import { findScoredRound } from '../round-scores/scored-round.ts';
import { existingDrafts } from './list-open-answers.ts';

interface DraftContext {
  networkId: string;
  roundId: string;
  authorId: string;
  text: string;
  now: Date;
  /** The kind a difference gets. */
  differenceKind: DifferenceKind;
}

/**
 * Writes the draft row an answer becomes. No draft names a partner or the respondent (DESIGN §5.3):
 * with one respondent per partner, the partner would name the author. A request gets its asking
 * partner from the coordinator before it is published.
 */
async function insertDraft(tx: Tx, kind: DraftKind, ctx: DraftContext): Promise<{ id: string; title: string }> {
  const id = randomUUID();
  const title = draftTitle(ctx.text);
  const owned = { id, network_id: ctx.networkId, created_by: ctx.authorId, draft: true, origin_round_id: ctx.roundId, created_at: ctx.now, updated_at: ctx.now };
  if (kind === 'story') {
    await tx.insertInto('stories').values({ ...owned, title, what_happened: ctx.text }).execute();
  } else if (kind === 'difference') {
    await tx.insertInto('differences').values({ ...owned, topic: title, description: ctx.text, kind: ctx.differenceKind }).execute();
  } else {
    await tx.insertInto('requests').values({ ...owned, title, description: ctx.text, from_partner_id: null, to_partner_id: null }).execute();
  }
  return { id, title };
}

export interface DraftFromOpenAnswerOptions extends NetworkCaller {
  roundId: string;
  answerId: string;
  body: { differenceKind?: DifferenceKind | undefined };
}

/**
 * Turns one open answer of a round into a draft for the coordinator (the drafts contract): "what
 * went well" a success story, "what should be discussed" a difference (kind `practice` unless
 * chosen), "what we would like to ask" a request to the whole network that names no asking
 * partner yet. The draft has `draft = true` and the round as its origin, and carries the answer's
 * text, never the respondent or their partner. Only for a closed round with at least its k
 * respondents, like the list of open answers. One draft per answer: 409 while the earlier draft exists.
 */
export async function draftFromOpenAnswer({ db, clock }: AppDeps, { actor, membership, roundId, answerId, body }: DraftFromOpenAnswerOptions) {
  permit(membership, 'openAnswer.draft');
  const { networkId } = membership;
  const now = clock.now();
  const round = await findScoredRound(db, networkId, roundId);
  if (round.status !== 'closed') throw conflict('The open answers can be used once the round has closed', { status: round.status });
  if ((await responseProgress(db, round.id)).responded < round.disclosure.k) throw notFound('Answer not found');
  return inTransaction(db, async (tx) => {
    const answer = await tx
      .selectFrom('round_open_answers as a')
      .innerJoin('round_responses as r', 'r.id', 'a.response_id')
      .select(['a.id', 'a.field', 'a.draft_kind', 'a.draft_id', sql<string | null>`r.answers->>a.field`.as('text')])
      .where('a.id', '=', answerId)
      .where('a.round_id', '=', roundId)
      .where('a.network_id', '=', networkId)
      .where('r.submitted_at', 'is not', null)
      .forUpdate('a')
      .executeTakeFirst();
    const text = answer?.text?.trim();
    if (!answer || !text) throw notFound('Answer not found');
    const question = answer.field as OpenQuestion;
    const kind = DRAFT_KIND_OF[question];
    if (body.differenceKind !== undefined && kind !== 'difference') {
      throw invalid('Only an answer to "what should be discussed" becomes a difference with a kind', [{ path: ['differenceKind'], message: 'Not for this answer' }]);
    }
    if (answer.draft_kind && answer.draft_id) {
      const titles = await existingDrafts(tx, networkId, [{ kind: answer.draft_kind, id: answer.draft_id }]);
      const title = titles.get(answer.draft_id);
      if (title !== undefined) throw conflict('A draft was already made from this answer', { kind: answer.draft_kind, id: answer.draft_id, title });
    }

    const draft = await insertDraft(tx, kind, { networkId, roundId, authorId: actor.userId, text, now, differenceKind: body.differenceKind ?? 'practice' });
    await tx.updateTable('round_open_answers').set({ draft_kind: kind, draft_id: draft.id, drafted_at: now }).where('id', '=', answer.id).execute();
    await recordAudit(tx, actor, {
      networkId,
      action: `${kind}.draft_from_round`,
      objectType: kind,
      objectId: draft.id,
      details: { roundId, question },
    });
    return { kind, id: draft.id, title: draft.title };
  });
}
