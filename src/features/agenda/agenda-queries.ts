import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays } from '../../domain/agenda.ts';
import { startOfDutchDay } from '../../domain/calendar.ts';

/** The day of the last session held before today, or null. */
export async function previousSessionOn(db: Kysely<DB>, networkId: string, today: string): Promise<string | null> {
  const row = await db
    .selectFrom('meetings')
    .select('held_on')
    .where('network_id', '=', networkId)
    .where('held_on', '<', today)
    .orderBy('held_on', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.held_on ?? null;
}

/** Published success stories written on or after `fromDay` (a Dutch calendar day), newest first. */
export async function storiesSince(db: Kysely<DB>, networkId: string, fromDay: string) {
  return db
    .selectFrom('stories')
    .select(['id', 'title', 'created_at'])
    .where('network_id', '=', networkId)
    .where('draft', '=', false)
    .where('created_at', '>=', startOfDutchDay(fromDay))
    .orderBy('created_at', 'desc')
    .execute();
}

/** Published differences that are named or explored: still waiting for their conversation. */
export async function differencesToDiscuss(db: Kysely<DB>, networkId: string) {
  return db
    .selectFrom('differences')
    .select(['id', 'topic', 'status', 'draft', 'created_at'])
    .where('network_id', '=', networkId)
    .where('draft', '=', false)
    .where('status', 'in', ['named', 'explored'])
    .orderBy('created_at', 'asc')
    .execute();
}

/** Steps still open or claimed whose due day lies before `today`. */
export async function lateSteps(db: Kysely<DB>, networkId: string, today: string) {
  return db
    .selectFrom('steps')
    .select(['id', 'title', 'status', 'due_on'])
    .where('network_id', '=', networkId)
    .where('status', 'in', ['open', 'claimed'])
    .where('due_on', '<', today)
    .orderBy('due_on', 'asc')
    .execute();
}

/** Published open requests made at least 14 days before today (the rule decides the exact day). */
export async function openRequestsBefore(db: Kysely<DB>, networkId: string, { today, days }: { today: string; days: number }) {
  return db
    .selectFrom('requests')
    .leftJoin('partners as requester', 'requester.id', 'requests.from_partner_id')
    .leftJoin('partners as recipient', 'recipient.id', 'requests.to_partner_id')
    .select(['requests.id', 'requests.title', 'requests.status', 'requests.draft', 'requests.created_at', 'requester.name as fromName', 'recipient.name as toName'])
    .where('requests.network_id', '=', networkId)
    .where('requests.status', '=', 'open')
    .where('requests.draft', '=', false)
    .where('requests.created_at', '<', startOfDutchDay(addDays(today, -days + 1)))
    .orderBy('requests.created_at', 'asc')
    .execute();
}

/** Agreements in force whose review date has passed. */
export async function agreementsPastReview(db: Kysely<DB>, networkId: string, today: string) {
  return db
    .selectFrom('agreements')
    .select(['id', 'title', 'review_on'])
    .where('network_id', '=', networkId)
    .where('version_in_force', 'is not', null)
    .where('ended_at', 'is', null)
    .where('review_on', '<', today)
    .orderBy('review_on', 'asc')
    .execute();
}

/** Agreements whose proposed version has drawn objections, with how many partners objected. */
export async function agreementsWithObjections(db: Kysely<DB>, networkId: string) {
  return db
    .selectFrom('agreements')
    .innerJoin('agreement_ratifications as r', (join) => join.onRef('r.agreement_id', '=', 'agreements.id').onRef('r.version', '=', 'agreements.proposed_version'))
    .select((eb) => ['agreements.id', 'agreements.title', 'agreements.proposed_version', eb.fn.countAll<string | number>().as('objections')])
    .where('agreements.network_id', '=', networkId)
    .where('agreements.ended_at', 'is', null)
    .where('r.decision', '=', 'objection')
    .groupBy(['agreements.id', 'agreements.title', 'agreements.proposed_version'])
    .orderBy('agreements.title')
    .execute();
}
