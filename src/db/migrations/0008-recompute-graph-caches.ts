import { sql, type Kysely } from 'kysely';

// Cached maps and round results hold graph measures computed before betweenness ran on Brandes'
// algorithm over an Int32Array adjacency (wrong at exactly 128 or 32,768 ties) and with
// reciprocity 0 where it is not known (null). Both caches are derived data: emptied, they are
// computed afresh on the next read.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`delete from map_cache`.execute(db);
  await sql`delete from round_results_cache`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
