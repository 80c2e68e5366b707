import type { Kysely } from 'kysely';

// DESIGN §5.9: a round closed on a low response (rate below 50 % or fewer than k respondents) is
// marked as such when it closes, and is left out of trends, signals, the stage and the map unless
// the coordinator includes it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('rounds')
    .addColumn('low_response', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .alterTable('rounds')
    .addColumn('low_response_included', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
