import { sql } from 'kysely';
import type { AppDeps } from '../../deps.ts';

/** Whether the database answers, which kind it is, and the app's version (for monitoring). */
export async function checkHealth({ db, dbKind, version }: AppDeps) {
  await sql`select 1`.execute(db);
  return { status: 'ok' as const, database: dbKind, version };
}
