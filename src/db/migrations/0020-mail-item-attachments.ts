import type { Kysely } from 'kysely';

// Issue 12, item 3: the calendar file that goes with a notification (a round's closing, a
// session, an agreement's review date), made in the recipient's language when the event happens
// and attached to the mail that carries it: [{ filename, contentType, content }].
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('notification_mail_items').addColumn('attachments', 'jsonb').execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
