import { sql, type Kysely } from 'kysely';

// DESIGN §5.3: every round has a disclosure mode, chosen when it is planned, and keeps the
// network's k in force when it opened, so that a later change of the network setting does not
// change what a round shows. Rounds that opened before this migration take the network's k of now
// (the best that is known) and the mode the PARTNER tool uses, `organisation`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table rounds add column disclosure_mode text not null default 'organisation'`.execute(db);
  await sql`alter table rounds add constraint rounds_disclosure_mode check (disclosure_mode in ('organisation', 'strict'))`.execute(db);
  await sql`alter table rounds add column anonymity_k integer`.execute(db);
  await sql`alter table rounds add constraint rounds_anonymity_k check (anonymity_k is null or anonymity_k >= 2)`.execute(db);
  // A draft request made from an open answer names no partner (that would name its author when the
  // partner has one respondent); the coordinator names the asking partner before publishing.
  await sql`alter table requests alter column from_partner_id drop not null`.execute(db);
  await sql`alter table requests add constraint requests_from_partner_when_published check (draft or from_partner_id is not null)`.execute(db);
  await sql`update rounds set anonymity_k = (select n.anonymity_k from networks n where n.id = rounds.network_id) where status <> 'draft'`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
