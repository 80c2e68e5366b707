import { sql, type Kysely } from 'kysely';

const ts = sql`timestamptz(3)`;

// Stage 1, familiarity: partner details, profile versions, shared history and its confirmations,
// and the revision counter that tells the network map's cache when it is stale.
export async function up(db: Kysely<unknown>): Promise<void> {
  const now = sql`now()`;
  await db.schema
    .alterTable('partners')
    .addColumn('kvk', 'text')
    .addColumn('agb', 'text')
    .addColumn('ura', 'text')
    .addColumn('website', 'text')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await sql`alter table partners add constraint partners_sector_check check (sector in (
    'gemeente', 'ggz', 'gehandicaptenzorg', 'vvt', 'huisartsenzorg', 'wijkteam', 'welzijn', 'jeugdhulp',
    'onderwijs', 'informele-zorg', 'clientvertegenwoordiging', 'zorgverzekeraar', 'anders'))`.execute(db);
  await db.schema.createIndex('partners_network_name').on('partners').columns(['network_id', 'name']).execute();

  // Bumped in the same transaction as every change that alters the map (partners, history, rounds).
  await db.schema.alterTable('networks').addColumn('map_revision', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable('partner_profile_versions')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('partner_id', 'uuid', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('drivers', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('interests', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('values', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('work_logic', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('offer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('need', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('competences', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('constituency', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('constituency_risks', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('change_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('partner_profile_versions_partner_version', ['partner_id', 'version'])
    .execute();
  await db.schema.createIndex('partner_profile_versions_network').on('partner_profile_versions').column('network_id').execute();

  await db.schema
    .createTable('history_entries')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('started_on', 'date')
    .addColumn('ended_on', 'date')
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('positive', 'mixed', 'negative')`))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(now))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('history_entries_network').on('history_entries').columns(['network_id', 'created_at']).execute();
  await db.schema
    .createTable('history_entry_partners')
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('entry_id', 'uuid', (c) => c.notNull().references('history_entries.id').onDelete('cascade'))
    .addColumn('partner_id', 'uuid', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('history_entry_partners_pk', ['entry_id', 'partner_id'])
    .execute();
  await db.schema.createIndex('history_entry_partners_partner').on('history_entry_partners').column('partner_id').execute();
  await db.schema
    .createTable('history_confirmations')
    .addColumn('partner_id', 'uuid', (c) => c.primaryKey().references('partners.id').onDelete('cascade'))
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('confirmed_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('confirmed_at', ts, (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('map_cache')
    .addColumn('network_id', 'uuid', (c) => c.primaryKey().references('networks.id').onDelete('cascade'))
    .addColumn('map_revision', 'integer', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('computed_at', ts, (c) => c.notNull().defaultTo(now))
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
