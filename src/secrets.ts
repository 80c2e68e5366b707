import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from './db/schema.ts';

/**
 * The secret that signs session cookies: the configured one, or one generated on first start and
 * kept in the database, so every app process on the same database uses the same secret.
 */
export async function sessionSecret(db: Kysely<DB>, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db
    .insertInto('instance_settings')
    .values({ key: 'session_secret', value: randomBytes(48).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('instance_settings').select('value').where('key', '=', 'session_secret').executeTakeFirstOrThrow();
  return row.value;
}
