import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as foundation from './migrations/0001-foundation.ts';
import * as familiarity from './migrations/0002-familiarity.ts';
import * as partnerNameUnique from './migrations/0003-partner-name-unique.ts';
import * as notifications from './migrations/0004-notifications.ts';
import * as agreements from './migrations/0005-agreements.ts';
import * as rounds from './migrations/0006-rounds.ts';
import * as dialogue from './migrations/0007-dialogue.ts';
import * as recomputeGraphCaches from './migrations/0008-recompute-graph-caches.ts';
import * as mailKind from './migrations/0009-mail-kind.ts';
import * as roundDisclosure from './migrations/0011-round-disclosure.ts';
import * as lowResponse from './migrations/0012-low-response.ts';
import * as notificationPreferences from './migrations/0013-notification-preferences.ts';
import * as calendarHandover from './migrations/0014-calendar-handover.ts';
import * as meetingAttendance from './migrations/0015-meeting-attendance.ts';
import * as sso from './migrations/0016-sso.ts';
import * as retention from './migrations/0018-retention.ts';
import * as mailItemAttachments from './migrations/0020-mail-item-attachments.ts';

/** Every migration, in order. Append only: never change or remove one that has shipped. */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-familiarity': familiarity,
  '0003-partner-name-unique': partnerNameUnique,
  '0004-notifications': notifications,
  '0005-agreements': agreements,
  '0006-rounds': rounds,
  '0007-dialogue': dialogue,
  '0008-recompute-graph-caches': recomputeGraphCaches,
  '0009-mail-kind': mailKind,
  '0011-round-disclosure': roundDisclosure,
  '0012-low-response': lowResponse,
  '0013-notification-preferences': notificationPreferences,
  '0014-calendar-handover': calendarHandover,
  '0015-meeting-attendance': meetingAttendance,
  '0016-sso': sso,
  '0018-retention': retention,
  '0020-mail-item-attachments': mailItemAttachments,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the schema up to date. Safe to call from several processes at once: Kysely takes a
 * lock table row before it runs anything.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on any schema state
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  // The common case, a restart on an up-to-date schema, costs one query instead of the migrator's
  // lock-table round (which matters for a quick restart after a crash).
  if (await allApplied(db)) return [];
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migration table is not in the schema type
async function allApplied(db: Kysely<any>): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const applied = new Set(rows.map((r) => r.name));
    return Object.keys(migrations).every((name) => applied.has(name));
  } catch {
    return false; // a new database: no migration table yet
  }
}
