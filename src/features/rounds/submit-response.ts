import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { conflict, forbidden, invalid } from '../../errors.ts';
import { AGREEMENT_IN_FORCE, respondentStatus } from './get-questionnaire.ts';
import type { ResponseAnswers } from './round-answers.ts';

/**
 * Stores the caller's response to an open round (DESIGN §7.1), replacing an earlier one: one
 * response per respondent, changeable until the round closes. Partner keys must be other
 * partners of this network and agreement keys agreements in force. The answers are never
 * returned; the caller gets only the moment it was stored. The audit entry names no person.
 */
export async function submitResponse({ db, clock }: AppDeps, { actor, membership, roundId, answers }: NetworkCaller & { roundId: string; answers: ResponseAnswers }) {
  permit(membership, 'round.respond');
  const { networkId } = membership;
  const userId = actor.userId;
  const now = clock.now();
  const rated = { partnerIds: Object.keys(answers.partners), agreementIds: Object.keys(answers.agreements) };
  // The common case is one round trip: the write itself checks everything that decides whether it
  // may happen. Only when it stores nothing is the round read again, to say why (404, 409, 403 or
  // 400, in that order), as the checks did before they moved into the statement.
  const stored = await storeResponse(db, { networkId, roundId, userId, now, rated, body: JSON.stringify(answers) });
  if (stored.length === 0) {
    const { round, invitee, reason, known } = await respondentStatus(db, { networkId, roundId, userId, callerPartnerId: membership.partnerId, now, rated });
    if (reason === 'not_open') throw conflict('The round is not open yet', { status: round.status });
    if (reason !== 'closed') {
      if (!invitee) throw forbidden('Only the people invited to this round can respond');
      checkRatedItems(rated, known, invitee.partner_id);
    }
    // Closed, or closed between the write and this read.
    throw conflict('The round is closed; responses can no longer be changed', { status: 'closed' });
  }
  return { submitted: true, submittedAt: now.toISOString() };
}

/**
 * One statement, atomic on its own: stores the response of `userId` and writes its audit entry,
 * only if the round is open in this network, the caller is invited to it, and the response rates
 * only other partners of this network and agreements in force (the rules of `checkRatedItems`,
 * ids compared as text as there; AGREEMENT_IN_FORCE says which agreements are in force). The
 * round's row is read FOR SHARE, so a closing transaction, which locks it FOR UPDATE, waits for
 * responses being stored, or they see it closed. Answers the audit entry's id, or no row when
 * nothing was stored.
 *
 * Written as one SQL text of a fixed shape (the rated ids go in as two arrays), because this is
 * the busiest write of the app: PostgreSQL prepares it once per connection whatever the number of
 * partners and agreements, and the app does not rebuild a query tree at every response.
 */
function storeResponse(
  db: AppDeps['db'],
  { networkId, roundId, userId, now, rated, body }: { networkId: string; roundId: string; userId: string; now: Date; rated: { partnerIds: string[]; agreementIds: string[] }; body: string },
) {
  const { partnerIds, agreementIds } = rated;
  return sql<{ id: string }>`
    with stored as (
      insert into round_responses (id, network_id, round_id, respondent_id, partner_id, answers, submitted_at, created_at, updated_at)
      select ${randomUUID()}::uuid, rd.network_id, rd.id, i.user_id, i.partner_id, ${body}::jsonb, ${now}::timestamptz, ${now}::timestamptz, ${now}::timestamptz
      from rounds as rd
      join round_invitees as i on i.round_id = rd.id and i.user_id = ${userId}::uuid
      where rd.id = ${roundId}::uuid and rd.network_id = ${networkId}::uuid and rd.status = 'open' and rd.closes_at > ${now}::timestamptz
        and not (i.partner_id::text = any(${partnerIds}::text[]))
        and (select count(*) from partners where network_id = rd.network_id and id::text = any(${partnerIds}::text[])) = cardinality(${partnerIds}::text[])
        and (select count(*) from agreements where network_id = rd.network_id and ${AGREEMENT_IN_FORCE}
               and id::text = any(${agreementIds}::text[])) = cardinality(${agreementIds}::text[])
      for share of rd
      on conflict (round_id, respondent_id)
        do update set answers = excluded.answers, partner_id = excluded.partner_id, submitted_at = excluded.submitted_at, updated_at = excluded.submitted_at
      returning round_id, network_id
    )
    -- DESIGN §5.3: the audit log says that a response came in, never whose, from where, or
    -- whether it replaced an earlier one, so no entry can be tied to a person or a partner.
    insert into audit_events (id, network_id, actor_id, action, object_type, object_id, ip_address, details)
    select ${randomUUID()}::uuid, network_id, null, 'round.respond', 'round', round_id, null, '{}'::jsonb from stored
    returning id`
    .execute(db)
    .then((result) => result.rows);
}

/** 400 unless every rated partner is another partner of this network and every agreement one in force. */
function checkRatedItems(rated: { partnerIds: string[]; agreementIds: string[] }, known: { partners: Set<string>; agreements: Set<string> }, ownPartnerId: string) {
  const details: Array<{ path: Array<string>; message: string }> = [];
  if (rated.partnerIds.includes(ownPartnerId)) details.push({ path: ['partners', ownPartnerId], message: 'Your own partner is not rated' });
  for (const id of rated.partnerIds) if (!known.partners.has(id)) details.push({ path: ['partners', id], message: 'Not a partner of this network' });
  for (const id of rated.agreementIds) if (!known.agreements.has(id)) details.push({ path: ['agreements', id], message: 'Not an agreement in force in this network' });
  if (details.length > 0) throw invalid('The response refers to partners or agreements it cannot rate', details);
}
