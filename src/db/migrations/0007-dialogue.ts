import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

const ts = sql`timestamptz(3)`;
const now = sql`now()`;

/** id, network_id, author and times that every dialogue row carries. */
function owned<T extends string>(table: CreateTableBuilder<T, never>) {
  return table
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(now));
}

/** A row that belongs to a parent and a partner (parties, supports, involvement). */
function partnerLink<T extends string>(table: CreateTableBuilder<T, never>, parent: string, parentTable: string) {
  return table
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn(`${parent}_id`, 'uuid', (c) => c.notNull().references(`${parentTable}.id`).onDelete('cascade'))
    .addColumn('partner_id', 'uuid', (c) => c.notNull().references('partners.id').onDelete('cascade'));
}

// Dialogue and development: differences, value map, stories and vision, steps, requests and
// offers, goals, sessions and decisions. Drafts made from a round's open answers carry the round.
export async function up(db: Kysely<unknown>): Promise<void> {
  await owned(db.schema.createTable('differences'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('values', 'interests', 'work_logic', 'practice')`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('named').check(sql`status in ('named', 'explored', 'discussed', 'resolved', 'accepted')`))
    .addColumn('resolved_by_agreement_id', 'uuid', (c) => c.references('agreements.id').onDelete('set null'))
    .addColumn('draft', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('origin_round_id', 'uuid', (c) => c.references('rounds.id').onDelete('set null'))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('differences_network').on('differences').columns(['network_id', 'created_at']).execute();
  await partnerLink(db.schema.createTable('difference_partners'), 'difference', 'differences')
    .addColumn('view', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('view_updated_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('view_updated_at', ts)
    .addPrimaryKeyConstraint('difference_partners_pk', ['difference_id', 'partner_id'])
    .execute();
  await owned(db.schema.createTable('difference_status_changes'))
    .addColumn('difference_id', 'uuid', (c) => c.notNull().references('differences.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await owned(db.schema.createTable('value_dimensions'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`create unique index value_dimensions_network_name on value_dimensions (network_id, lower(name))`.execute(db);
  await partnerLink(db.schema.createTable('value_claims'), 'value_dimension', 'value_dimensions')
    .addColumn('score', 'integer', (c) => c.notNull().check(sql`score between 0 and 3`))
    .addColumn('updated_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('value_claims_pk', ['value_dimension_id', 'partner_id'])
    .execute();

  await owned(db.schema.createTable('stories'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('what_happened', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('what_made_it_work', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('tags', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('draft', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('origin_round_id', 'uuid', (c) => c.references('rounds.id').onDelete('set null'))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('stories_network').on('stories').columns(['network_id', 'created_at']).execute();
  await partnerLink(db.schema.createTable('story_partners'), 'story', 'stories')
    .addPrimaryKeyConstraint('story_partners_pk', ['story_id', 'partner_id'])
    .execute();
  await partnerLink(db.schema.createTable('story_supports'), 'story', 'stories')
    .addColumn('supported_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('story_supports_pk', ['story_id', 'partner_id'])
    .execute();
  await owned(db.schema.createTable('vision_statements'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('from_story_id', 'uuid', (c) => c.references('stories.id').onDelete('set null'))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await partnerLink(db.schema.createTable('vision_supports'), 'vision_statement', 'vision_statements')
    .addColumn('supported_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('vision_supports_pk', ['vision_statement_id', 'partner_id'])
    .execute();

  // Sessions (overleg) of the network; the API calls them sessions, the code meetings (auth owns "sessions").
  await owned(db.schema.createTable('meetings'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'date', (c) => c.notNull())
    .addColumn('minutes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('published_at', ts)
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('meetings_network').on('meetings').columns(['network_id', 'held_on']).execute();
  await db.schema
    .createTable('meeting_participants')
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('meeting_participants_pk', ['meeting_id', 'user_id'])
    .execute();
  await owned(db.schema.createTable('meeting_agenda_items'))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reason_params', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('link', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('meeting_agenda_items_meeting').on('meeting_agenda_items').columns(['meeting_id', 'position']).execute();
  await owned(db.schema.createTable('decisions'))
    .addColumn('meeting_id', 'uuid', (c) => c.references('meetings.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('decisions_network').on('decisions').columns(['network_id', 'created_at']).execute();
  await db.schema.createIndex('decisions_meeting').on('decisions').columns(['meeting_id', 'created_at']).execute();

  // A step serves one thing at most: a story, a vision statement, an agreement, a decision or a difference.
  await owned(db.schema.createTable('steps'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open', 'claimed', 'done', 'dropped')`))
    .addColumn('due_on', 'date')
    .addColumn('claimed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('claimed_at', ts)
    .addColumn('finished_at', ts)
    .addColumn('serves_kind', 'text', (c) => c.check(sql`serves_kind in ('story', 'statement', 'agreement', 'decision', 'difference', 'goal')`))
    .addColumn('serves_id', 'uuid')
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('steps_serves_both', sql`(serves_kind is null) = (serves_id is null)`)
    .execute();
  // The board lists a network's steps newest first, per status or all; "my steps" by claimer.
  await db.schema.createIndex('steps_network').on('steps').columns(['network_id', 'status', 'created_at', 'id']).execute();
  await db.schema.createIndex('steps_network_created').on('steps').columns(['network_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('steps_claimed_by').on('steps').columns(['claimed_by', 'created_at', 'id']).execute();
  await db.schema.createIndex('steps_serves').on('steps').columns(['serves_kind', 'serves_id']).execute();

  await owned(db.schema.createTable('offers'))
    .addColumn('partner_id', 'uuid', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .execute();
  // A request to one partner, or to the whole network (to_partner_id null; the partner that accepts becomes the provider).
  await owned(db.schema.createTable('requests'))
    .addColumn('from_partner_id', 'uuid', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('to_partner_id', 'uuid', (c) => c.references('partners.id').onDelete('cascade'))
    .addColumn('provider_partner_id', 'uuid', (c) => c.references('partners.id').onDelete('cascade'))
    .addColumn('offer_id', 'uuid', (c) => c.references('offers.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open', 'accepted', 'declined', 'fulfilled', 'withdrawn')`))
    .addColumn('reason', 'text')
    .addColumn('draft', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('origin_round_id', 'uuid', (c) => c.references('rounds.id').onDelete('set null'))
    .addColumn('answered_at', ts)
    .addColumn('fulfilled_at', ts)
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('requests_network').on('requests').columns(['network_id', 'status', 'created_at', 'id']).execute();
  await db.schema.createIndex('requests_network_created').on('requests').columns(['network_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('requests_from').on('requests').columns(['from_partner_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('requests_to').on('requests').columns(['to_partner_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('offers_network').on('offers').columns(['network_id', 'partner_id']).execute();

  await owned(db.schema.createTable('goals'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('baseline', 'double precision')
    .addColumn('target', 'double precision', (c) => c.notNull())
    .addColumn('deadline', 'date', (c) => c.notNull())
    .addColumn('agreed_result', 'text', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await partnerLink(db.schema.createTable('goal_partners'), 'goal', 'goals')
    .addColumn('accepted_version', 'integer')
    .addColumn('accepted_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('accepted_at', ts)
    .addPrimaryKeyConstraint('goal_partners_pk', ['goal_id', 'partner_id'])
    .execute();
  await owned(db.schema.createTable('goal_progress'))
    .addColumn('goal_id', 'uuid', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('measured_on', 'date', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('goal_progress_goal').on('goal_progress').columns(['goal_id', 'measured_on']).execute();
  await db.schema.createIndex('goals_network').on('goals').columns(['network_id', 'created_at', 'id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
