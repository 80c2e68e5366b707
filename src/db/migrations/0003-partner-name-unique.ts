import { sql, type Kysely } from 'kysely';

// Partner names are unique per network regardless of case: insertPartner checks this for a clear
// message, and the index closes the race between two creations at the same moment.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create unique index partners_network_lower_name on partners (network_id, lower(name))`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
