import { sql, type Kysely } from 'kysely';

const ts = sql`timestamptz(3)`;

// Notifications people can live with (issue 12): a language per network and per person, a choice
// per person and topic of how mail comes (immediately, daily or weekly digest, not by mail), the
// mail items waiting for their bundle or digest, one row per digest sent (its unique key makes a
// digest go out once across app processes), and the HTML body and unsubscribe link of each mail.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table networks add column language text not null default 'nl' check (language in ('nl', 'en'))`.execute(db);
  await db.schema
    .createTable('user_settings')
    .addColumn('user_id', 'uuid', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.check(sql`language in ('nl', 'en')`))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text', (c) => c.notNull().check(sql`delivery in ('immediate', 'daily', 'weekly', 'never')`))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'topic'])
    .execute();
  await db.schema
    .createTable('notification_mail_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('about', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text', (c) => c.notNull().check(sql`delivery in ('immediate', 'daily', 'weekly')`))
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('nl', 'en')`))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('lines', 'jsonb', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('mailed_at', ts)
    .addColumn('mail_id', 'uuid')
    .execute();
  await sql`create index notification_mail_items_pending on notification_mail_items (delivery, created_at) where mailed_at is null`.execute(db);
  await sql`create index notification_mail_items_bundle on notification_mail_items (user_id, about) where mailed_at is null`.execute(db);
  await db.schema
    .createTable('notification_digests')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('cadence', 'text', (c) => c.notNull().check(sql`cadence in ('daily', 'weekly')`))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('items', 'integer', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addUniqueConstraint('notification_digests_once', ['user_id', 'cadence', 'period'])
    .execute();
  await sql`alter table mail_messages add column body_html text`.execute(db);
  await sql`alter table mail_messages add column list_unsubscribe text`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
