import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { conflict, forbidden, invalid } from '../../errors.ts';
import { respondentStatus } from './get-questionnaire.ts';
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
  // The checks only read, outside the transaction, so a pooled connection is held only for the
  // write itself; the shared lock at its end makes the decisive "still open?" check.
  const now = clock.now();
  const partnerIds = Object.keys(answers.partners);
  const agreementIds = Object.keys(answers.agreements);
  const { round, invitee, reason, known } = await respondentStatus(db, { networkId, roundId, userId, callerPartnerId: membership.partnerId, now, rated: { partnerIds, agreementIds } });
  if (reason === 'closed') throw conflict('The round is closed; responses can no longer be changed', { status: 'closed' });
  if (reason === 'not_open') throw conflict('The round is not open yet', { status: round.status });
  if (!invitee) throw forbidden('Only the people invited to this round can respond');
  checkRatedItems({ partnerIds, agreementIds }, known, invitee.partner_id);

  const body = JSON.stringify(answers);
  // One statement, atomic on its own: store the response only while the round is still open (its
  // row read FOR SHARE, so a closing transaction, which locks it FOR UPDATE, waits for responses
  // being stored, or they see it closed), and write the audit entry from what was stored. One
  // round trip instead of a transaction of five keeps submissions quick under load.
  const stored = await db
    .with('stored', (qb) =>
      qb
        .insertInto('round_responses')
        .columns(['id', 'network_id', 'round_id', 'respondent_id', 'partner_id', 'answers', 'submitted_at', 'created_at', 'updated_at'])
        .expression((eb) =>
          eb
            .selectFrom('rounds')
            .select([
              sql<string>`${randomUUID()}::uuid`.as('id'),
              'network_id',
              'id as round_id',
              sql<string>`${userId}::uuid`.as('respondent_id'),
              sql<string>`${invitee.partner_id}::uuid`.as('partner_id'),
              sql<string>`${body}::jsonb`.as('answers'),
              sql<Date>`${now}::timestamptz`.as('submitted_at'),
              sql<Date>`${now}::timestamptz`.as('created_at'),
              sql<Date>`${now}::timestamptz`.as('updated_at'),
            ])
            .where('id', '=', roundId)
            .where('network_id', '=', networkId)
            .where('status', '=', 'open')
            .where('closes_at', '>', now)
            .forShare(),
        )
        .onConflict((oc) => oc.columns(['round_id', 'respondent_id']).doUpdateSet({ answers: sql`excluded.answers`, partner_id: sql`excluded.partner_id`, submitted_at: sql`excluded.submitted_at`, updated_at: sql`excluded.submitted_at` }))
        .returning(['round_id', 'network_id']),
    )
    .insertInto('audit_events')
    .columns(['id', 'network_id', 'actor_id', 'action', 'object_type', 'object_id', 'ip_address', 'details'])
    .expression((eb) =>
      eb
        .selectFrom('stored')
        .select([
          sql<string>`${randomUUID()}::uuid`.as('id'),
          'network_id',
          // DESIGN §5.3: the audit log says that a response came in, never whose, from where, or
          // whether it replaced an earlier one, so no entry can be tied to a person or a partner.
          sql<string | null>`null::uuid`.as('actor_id'),
          sql<string>`'round.respond'`.as('action'),
          sql<string>`'round'`.as('object_type'),
          'round_id as object_id',
          sql<string | null>`null`.as('ip_address'),
          sql<string>`'{}'::jsonb`.as('details'),
        ]),
    )
    .returning('id')
    .execute();
  if (stored.length === 0) throw conflict('The round is closed; responses can no longer be changed', { status: 'closed' });
  return { submitted: true, submittedAt: now.toISOString() };
}

/** 400 unless every rated partner is another partner of this network and every agreement one in force. */
function checkRatedItems(rated: { partnerIds: string[]; agreementIds: string[] }, known: { partners: Set<string>; agreements: Set<string> }, ownPartnerId: string) {
  const details: Array<{ path: Array<string>; message: string }> = [];
  if (rated.partnerIds.includes(ownPartnerId)) details.push({ path: ['partners', ownPartnerId], message: 'Your own partner is not rated' });
  for (const id of rated.partnerIds) if (!known.partners.has(id)) details.push({ path: ['partners', id], message: 'Not a partner of this network' });
  for (const id of rated.agreementIds) if (!known.agreements.has(id)) details.push({ path: ['agreements', id], message: 'Not an agreement in force in this network' });
  if (details.length > 0) throw invalid('The response refers to partners or agreements it cannot rate', details);
}
