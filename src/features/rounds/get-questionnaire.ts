import { sql } from 'kysely';
import type { Queryable } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { acceptsResponses } from '../../domain/round-schedule.ts';
import { disclosureNotice, roundDisclosure } from '../../domain/disclosure.ts';
import { AGREEMENT_ITEMS, AGREEMENT_SCALE, ASPECT_TEXTS, DONT_KNOW, disclosureText, LEVEL_SCALE, OPEN_QUESTIONS, PARTNER_QUESTIONS } from './questionnaire-texts.ts';
import { notFound } from '../../errors.ts';
import { toRoundViews, viewerOf, type RoundRow } from './round-view.ts';

/**
 * When a row of `agreements` is in force: it has a version in force and has not ended. A condition
 * on that table's own columns, for queries where it is the only table (as in submit-response.ts).
 */
export const AGREEMENT_IN_FORCE = sql<boolean>`version_in_force is not null and ended_at is null`;

/** The agreements in force in the network. */
export function agreementsInForce(q: Queryable, networkId: string) {
  return q.selectFrom('agreements').select(['id', 'title', 'kind']).where('network_id', '=', networkId).where(AGREEMENT_IN_FORCE).orderBy('title').orderBy('id');
}

export interface RespondentQuery {
  networkId: string;
  roundId: string;
  userId: string;
  /** The partner the caller's membership names, if any. */
  callerPartnerId: string | null;
  now: Date;
  /** Partners and agreements a response rates: the answer then says which of them exist here (in the same statement). */
  rated?: { partnerIds: string[]; agreementIds: string[] };
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000'; // stands in for an empty list: no row has it

/**
 * The round (404 when it is not in the network) and whether the caller may respond to it `now`,
 * for which partner, and whether they did: one query for the round, the invitation and the
 * earlier response (and, when `rated` is given, which of those partners and agreements in force
 * exist in the network).
 */
export async function respondentStatus(q: Queryable, { networkId, roundId, userId, callerPartnerId, now, rated }: RespondentQuery) {
  const row = await q
    .selectFrom('rounds as rd')
    .leftJoin('round_invitees as i', (join) => join.onRef('i.round_id', '=', 'rd.id').on('i.user_id', '=', userId))
    .leftJoin('round_responses as r', (join) => join.onRef('r.round_id', '=', 'rd.id').on('r.respondent_id', '=', userId))
    .selectAll('rd')
    .select(['i.partner_id as invitee_partner_id', 'r.id as response_id', 'r.submitted_at as response_submitted_at'])
    .select((eb) => [
      sql<string[]>`array(${eb
        .selectFrom('partners')
        .select(sql<string>`id::text`.as('id'))
        .where('network_id', '=', networkId)
        .where('id', 'in', rated?.partnerIds.length ? rated.partnerIds : [NIL_UUID])})`.as('known_partners'),
      sql<string[]>`array(${agreementsInForce(q, networkId)
        .clearSelect()
        .clearOrderBy()
        .select(sql<string>`id::text`.as('id'))
        .where('id', 'in', rated?.agreementIds.length ? rated.agreementIds : [NIL_UUID])})`.as('known_agreements'),
    ])
    .where('rd.id', '=', roundId)
    .where('rd.network_id', '=', networkId)
    .executeTakeFirst();
  if (!row) throw notFound('Round not found');
  const { invitee_partner_id: inviteePartnerId, response_id: responseId, response_submitted_at: submittedAt, known_partners: knownPartners, known_agreements: knownAgreements, ...round } = row;
  const invitee = inviteePartnerId ? { partner_id: inviteePartnerId } : undefined;
  const reason = !acceptsResponses({ status: round.status, closesAt: round.closes_at }, now)
    ? round.status === 'draft'
      ? 'not_open'
      : 'closed'
    : invitee
      ? null
      : callerPartnerId
        ? 'not_invited'
        : 'no_partner';
  return {
    round: round as RoundRow,
    invitee,
    responded: responseId !== null,
    submittedAt,
    reason: reason as 'not_open' | 'closed' | 'not_invited' | 'no_partner' | null,
    known: { partners: new Set(knownPartners), agreements: new Set(knownAgreements) },
  };
}

/**
 * How many people of the partner are invited to the round: its invitees once it opened; for a
 * draft round, the people opening would invite (representatives, and members when included).
 */
async function invitedOfPartner(q: Queryable, round: RoundRow, partnerId: string): Promise<number> {
  if (round.status !== 'draft') {
    const row = await q
      .selectFrom('round_invitees')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('round_id', '=', round.id)
      .where('partner_id', '=', partnerId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
  const roles = round.include_members ? (['representative', 'member'] as const) : (['representative'] as const);
  const row = await q
    .selectFrom('network_members')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('network_id', '=', round.network_id)
    .where('partner_id', '=', partnerId)
    .where('role', 'in', [...roles])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What the partner step tells the respondent of `partnerId` about who sees their ratings (DESIGN §5.3). */
async function disclosureFor(q: Queryable, round: RoundRow, partnerId: string) {
  const network = await q.selectFrom('networks').select('anonymity_k').where('id', '=', round.network_id).executeTakeFirstOrThrow();
  const notice = disclosureNotice(roundDisclosure(round, network.anonymity_k), await invitedOfPartner(q, round, partnerId));
  return { ...notice, text: disclosureText(notice) };
}

/** The questionnaire of DESIGN §5.1 for the caller: every text in Dutch and English, and whether they may respond. */
export async function getQuestionnaire({ db, clock }: AppDeps, { actor, membership, roundId }: NetworkCaller & { roundId: string }) {
  permit(membership, 'network.read');
  const { networkId, partnerId: callerPartnerId } = membership;
  const { round, invitee, reason, submittedAt } = await respondentStatus(db, { networkId, roundId, userId: actor.userId, callerPartnerId, now: clock.now() });
  const [view] = await toRoundViews(db, [round], viewerOf(actor, membership));
  const ownPartner = invitee?.partner_id ?? callerPartnerId;
  let partners = db.selectFrom('partners').select(['id', 'name', 'sector']).where('network_id', '=', networkId);
  if (ownPartner) partners = partners.where('id', '!=', ownPartner);
  return {
    round: view!,
    scales: { agreement: AGREEMENT_SCALE, level: LEVEL_SCALE, dontKnow: DONT_KNOW },
    aspects: ASPECT_TEXTS.map((a) => ({ key: a.key, title: a.title, items: a.items.map((text, i) => ({ key: `${a.key}${i + 1}`, text })) })),
    agreementItems: AGREEMENT_ITEMS,
    agreements: await agreementsInForce(db, networkId).execute(),
    partnerQuestions: PARTNER_QUESTIONS,
    partners: await partners.orderBy('name').orderBy('id').execute(),
    openQuestions: OPEN_QUESTIONS,
    disclosure: ownPartner ? await disclosureFor(db, round, ownPartner) : null,
    respondent: {
      canRespond: reason === null,
      reason,
      partnerId: invitee?.partner_id ?? null,
      submittedAt: submittedAt?.toISOString() ?? null,
    },
  };
}
