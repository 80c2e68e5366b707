import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { acceptsResponses } from '../../domain/round-schedule.ts';
import { conflict, forbidden, invalid } from '../../errors.ts';
import type { Membership } from '../../http/context.ts';
import { recordAudit, type Actor } from '../audit/record-audit.ts';
import { agreementsInForce, respondentStatus } from './get-questionnaire.ts';
import type { ResponseAnswers } from './round-answers.ts';
import { findRound } from './round-view.ts';

/**
 * Stores the caller's response to an open round (DESIGN §7.1), replacing an earlier one: one
 * response per respondent, changeable until the round closes. Partner keys must be other
 * partners of this network and agreement keys agreements in force. The answers are never
 * returned; the caller gets only the moment it was stored.
 */
export async function submitResponse(db: Kysely<DB>, actor: Actor, membership: Membership, roundId: string, answers: ResponseAnswers) {
  const { networkId } = membership;
  const userId = actor.userId!;
  // The checks only read, outside the transaction, so a pooled connection is held only for the
  // write itself; the shared lock at its end makes the decisive "still open?" check.
  const now = new Date();
  const { round, invitee, reason, responded } = await respondentStatus(db, networkId, roundId, userId, membership.partnerId, now);
  if (reason === 'closed') throw conflict('The round is closed; responses can no longer be changed', { status: 'closed' });
  if (reason === 'not_open') throw conflict('The round is not open yet', { status: round.status });
  if (!invitee) throw forbidden('Only the people invited to this round can respond');
  await checkRatedItems(db, networkId, invitee.partner_id, answers);

  const body = JSON.stringify(answers);
  return inTransaction(db, async (tx) => {
    await tx
      .insertInto('round_responses')
      .values({ id: randomUUID(), network_id: networkId, round_id: roundId, respondent_id: userId, partner_id: invitee.partner_id, answers: body, submitted_at: now })
      .onConflict((oc) => oc.columns(['round_id', 'respondent_id']).doUpdateSet({ answers: body, partner_id: invitee.partner_id, submitted_at: now, updated_at: now }))
      .execute();
    await recordAudit(tx, actor, { networkId, action: responded ? 'round.respond.change' : 'round.respond', objectType: 'round', objectId: roundId });
    // Last, a shared lock on the round until commit: responses go in side by side, while closing
    // (which locks the round for update) waits for them, or they see it closed and roll back.
    // Taken at the end, it is held for one round trip, so many respondents rarely share it.
    const locked = await findRound(tx, networkId, roundId, 'share');
    if (!acceptsResponses({ status: locked.status, closesAt: locked.closes_at }, new Date())) {
      throw conflict('The round is closed; responses can no longer be changed', { status: locked.status });
    }
    return { submitted: true, submittedAt: now.toISOString() };
  });
}

/** 400 unless every rated partner is another partner of this network and every agreement one in force. */
async function checkRatedItems(db: Kysely<DB>, networkId: string, ownPartnerId: string, answers: ResponseAnswers) {
  const partnerIds = Object.keys(answers.partners);
  const agreementIds = Object.keys(answers.agreements);
  const details: Array<{ path: Array<string>; message: string }> = [];
  if (partnerIds.includes(ownPartnerId)) details.push({ path: ['partners', ownPartnerId], message: 'Your own partner is not rated' });
  if (partnerIds.length + agreementIds.length > 0) {
    // One query for both: which of the named partners and agreements in force exist here.
    const none = ['00000000-0000-0000-0000-000000000000']; // the nil UUID stands in for an empty list: no row has it
    const known = await db
      .selectFrom('partners')
      .select(['id', sql<string>`'partner'`.as('what')])
      .where('network_id', '=', networkId)
      .where('id', 'in', partnerIds.length > 0 ? partnerIds : none)
      .unionAll(agreementsInForce(db, networkId).clearSelect().clearOrderBy().select(['id', sql<string>`'agreement'`.as('what')]).where('id', 'in', agreementIds.length > 0 ? agreementIds : none))
      .execute();
    const knownPartners = new Set(known.filter((k) => k.what === 'partner').map((k) => k.id));
    const knownAgreements = new Set(known.filter((k) => k.what === 'agreement').map((k) => k.id));
    for (const id of partnerIds) if (!knownPartners.has(id)) details.push({ path: ['partners', id], message: 'Not a partner of this network' });
    for (const id of agreementIds) if (!knownAgreements.has(id)) details.push({ path: ['agreements', id], message: 'Not an agreement in force in this network' });
  }
  if (details.length > 0) throw invalid('The response refers to partners or agreements it cannot rate', details);
}
