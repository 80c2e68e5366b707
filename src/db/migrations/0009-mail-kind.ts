import { sql, type Kysely } from 'kysely';

// What a mail is for, so the outbox can keep password-reset links away from everyone but their
// recipient. Mails written before this migration are recognised by the reset mail's fixed subject.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table mail_messages add column kind text not null default 'general' check (kind in ('general', 'password_reset'))`.execute(db);
  await sql`update mail_messages set kind = 'password_reset' where subject = 'Nieuw wachtwoord instellen / Reset your password'`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
