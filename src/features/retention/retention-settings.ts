import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import { effectiveRetention, RETENTION_KINDS, type RetentionKind, type RetentionSettings } from '../../domain/retention.ts';

/** Where the periods are kept in `instance_settings`: one JSON object, kind → months or null. */
export const RETENTION_KEY = 'retention';
/** Where the last run of the retention job is kept: when, and how many records of each kind it removed. */
export const LAST_RUN_KEY = 'retention_last_run';

export interface RetentionRun {
  at: string;
  removed: Record<RetentionKind, number>;
}

/** The installation's retention periods: the stored ones over the defaults (domain/retention.ts). */
export async function loadRetention(db: Kysely<DB> | Queryable): Promise<RetentionSettings> {
  const row = await db.selectFrom('instance_settings').select('value').where('key', '=', RETENTION_KEY).executeTakeFirst();
  return effectiveRetention(row ? (JSON.parse(row.value) as Record<string, unknown>) : {});
}

/** The last run of the retention job, or null before the first. */
export async function loadLastRun(db: Kysely<DB> | Queryable): Promise<RetentionRun | null> {
  const row = await db.selectFrom('instance_settings').select('value').where('key', '=', LAST_RUN_KEY).executeTakeFirst();
  return row ? (JSON.parse(row.value) as RetentionRun) : null;
}

/** Writes one instance setting as JSON. */
export async function saveSetting(q: Queryable, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  await q
    .insertInto('instance_settings')
    .values({ key, value: text })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: text }))
    .execute();
}

/** No removals yet, per kind. */
export const noneRemoved = (): Record<RetentionKind, number> => Object.fromEntries(RETENTION_KINDS.map((k) => [k, 0])) as Record<RetentionKind, number>;
