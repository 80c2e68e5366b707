import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

const ts = sql`timestamptz(3)`;
const now = sql`now()`;

/** id, network_id and the creation time every network-owned row carries. */
function owned<T extends string>(table: CreateTableBuilder<T, never>) {
  return table
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(now));
}

// Stage 2, agreements: versioned agreements with parties and ratifications, the task division
// (RACI) and the availability schedule of the crisis route.
export async function up(db: Kysely<unknown>): Promise<void> {
  await owned(db.schema.createTable('agreements'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('ground_rules', 'task_division', 'information_sharing', 'escalation', 'reflection_rhythm', 'availability', 'other')`),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('all_partners', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('review_on', 'date')
    .addColumn('current_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('proposed_version', 'integer')
    .addColumn('version_in_force', 'integer')
    .addColumn('in_force_since', ts)
    .addColumn('review_reminded_on', 'date')
    .addColumn('ended_at', ts)
    .addColumn('ended_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('end_reason', 'text')
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('agreements_network').on('agreements').columns(['network_id', 'created_at']).execute();
  await owned(db.schema.createTable('agreement_versions'))
    .addColumn('agreement_id', 'uuid', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('change_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addUniqueConstraint('agreement_versions_agreement_version', ['agreement_id', 'version'])
    .execute();
  await db.schema
    .createTable('agreement_parties')
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('agreement_id', 'uuid', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('partner_id', 'uuid', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('agreement_parties_pk', ['agreement_id', 'partner_id'])
    .execute();
  await owned(db.schema.createTable('agreement_ratifications'))
    .addColumn('agreement_id', 'uuid', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('partner_id', 'uuid', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision in ('consent', 'objection')`))
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addUniqueConstraint('agreement_ratifications_once', ['agreement_id', 'version', 'partner_id'])
    .execute();

  await owned(db.schema.createTable('tasks'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('agreement_id', 'uuid', (c) => c.references('agreements.id').onDelete('set null'))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('tasks_network').on('tasks').columns(['network_id', 'created_at']).execute();
  await db.schema
    .createTable('task_assignments')
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('task_id', 'uuid', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('partner_id', 'uuid', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('letter', 'text', (c) => c.notNull().check(sql`letter in ('R', 'A', 'C', 'I')`))
    .addPrimaryKeyConstraint('task_assignments_pk', ['task_id', 'partner_id'])
    .execute();

  await owned(db.schema.createTable('capabilities'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    // Whom to call when nobody is available ("Bij geen bereik: bereikbaarheidsdienst …").
    .addColumn('escalation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .execute();
  await sql`create unique index capabilities_network_name on capabilities (network_id, lower(name))`.execute(db);
  // One requirement per capability: weekly windows (null = around the clock) and a minimum of partners.
  await owned(db.schema.createTable('requirements'))
    .addColumn('capability_id', 'uuid', (c) => c.notNull().unique().references('capabilities.id').onDelete('cascade'))
    .addColumn('windows', 'jsonb')
    .addColumn('min_partners', 'integer', (c) => c.notNull().check(sql`min_partners >= 1`))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .execute();
  await owned(db.schema.createTable('availability_slots'))
    .addColumn('partner_id', 'uuid', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('capability_id', 'uuid', (c) => c.notNull().references('capabilities.id').onDelete('cascade'))
    .addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday between 1 and 7`))
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'date')
    .addColumn('valid_until', 'date')
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(1).check(sql`priority >= 1`))
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('availability_slots_capability').on('availability_slots').columns(['network_id', 'capability_id']).execute();
  await owned(db.schema.createTable('availability_exceptions'))
    .addColumn('partner_id', 'uuid', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('capability_id', 'uuid', (c) => c.references('capabilities.id').onDelete('cascade'))
    .addColumn('from_date', 'date', (c) => c.notNull())
    .addColumn('until_date', 'date', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .execute();
  await db.schema.createIndex('availability_exceptions_network').on('availability_exceptions').columns(['network_id', 'partner_id']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
