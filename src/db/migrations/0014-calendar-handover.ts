import { sql, type Kysely } from 'kysely';

const ts = sql`timestamptz(3)`;

// Issue 12, items 3 and 6: calendar files and a personal feed, and the handover of a
// representative's role to a successor by invitation.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A session's time of day and where it is held, for its calendar event ('HH:MM', Amsterdam time).
  await db.schema
    .alterTable('meetings')
    .addColumn('start_time', 'text')
    .addColumn('end_time', 'text')
    .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('online_link', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // Raised each time an agreement's review date moves or the agreement ends: its event's SEQUENCE.
  await db.schema
    .alterTable('agreements')
    .addColumn('review_sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Files that go with a mail (a calendar file): [{ filename, contentType, content }].
  await db.schema.alterTable('mail_messages').addColumn('attachments', 'jsonb').execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('nl').check(sql`language in ('nl', 'en')`))
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', ts)
    .execute();
  await db.schema.createIndex('calendar_feeds_user').on('calendar_feeds').column('user_id').execute();

  // An invitation that hands a representative's role over: whose role ends on acceptance, and
  // whether they stay on as a member of the partner or leave the network.
  await db.schema
    .alterTable('invitations')
    .addColumn('replaces_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('leaver_becomes', 'text', (c) => c.check(sql`leaver_becomes in ('member', 'leaves')`))
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
