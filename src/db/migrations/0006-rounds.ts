import { sql, type Kysely } from 'kysely';

const ts = sql`timestamptz(3)`;
const now = sql`now()`;

// Stage 3, openness: reflection rounds, who is asked, and the responses (stored whole, never returned).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rounds')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('opens_at', ts, (c) => c.notNull())
    .addColumn('closes_at', ts, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft', 'open', 'closed')`))
    .addColumn('include_members', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('opened_at', ts)
    .addColumn('closed_at', ts)
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('rounds_network').on('rounds').columns(['network_id', 'closes_at']).execute();
  await db.schema
    .createTable('round_invitees')
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('partner_id', 'uuid', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('invited_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('reminded_at', ts)
    .addPrimaryKeyConstraint('round_invitees_pk', ['round_id', 'user_id'])
    .execute();
  // `answers` holds the body of DESIGN §7.1. A draft saves progress and counts nowhere.
  await db.schema
    .createTable('round_responses')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
    .addColumn('respondent_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('partner_id', 'uuid', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .addColumn('submitted_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('round_responses_once', ['round_id', 'respondent_id'])
    .execute();
  // The computed scores of a closed round (before the anonymity rule, which is applied per caller),
  // valid while `fingerprint` (responses and partners it was computed from) stands.
  await db.schema
    .createTable('round_results_cache')
    .addColumn('round_id', 'uuid', (c) => c.primaryKey().references('rounds.id').onDelete('cascade'))
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('computed_at', ts, (c) => c.notNull().defaultTo(now))
    .execute();
  // An opaque id per open answer (response × field), so the coordinator can list answers and turn
  // one into a draft without the API ever naming the respondent; it also remembers that draft.
  await db.schema
    .createTable('round_open_answers')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('round_id', 'uuid', (c) => c.notNull().references('rounds.id').onDelete('cascade'))
    .addColumn('response_id', 'uuid', (c) => c.notNull().references('round_responses.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull().check(sql`field in ('wentWell', 'toDiscuss', 'askOfPartner')`))
    .addColumn('draft_kind', 'text', (c) => c.check(sql`draft_kind in ('story', 'difference', 'request')`))
    .addColumn('draft_id', 'uuid')
    .addColumn('drafted_at', ts)
    .addUniqueConstraint('round_open_answers_once', ['response_id', 'field'])
    .execute();
  await db.schema.createIndex('round_open_answers_round').on('round_open_answers').columns(['round_id', 'id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
