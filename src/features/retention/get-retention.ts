import type { AppDeps } from '../../deps.ts';
import { MAX_MONTHS, RETENTION_KINDS, RETENTION_RULES } from '../../domain/retention.ts';
import { requireInstanceAdmin } from '../admin/list-outbox.ts';
import { countDue } from './due-records.ts';
import { loadLastRun, loadRetention } from './retention-settings.ts';

/**
 * The retention periods of the installation for its administrator (issue 14): per kind of record
 * the period in force, its default and bounds, and how many records are due at the clock's now
 * (rounds for round answers, rows otherwise); and the last run of the daily job with what it removed.
 * Counts only: the administrator sees no network content.
 */
export async function getRetention({ db, clock }: AppDeps, { userId }: { userId: string }) {
  await requireInstanceAdmin(db, userId);
  const settings = await loadRetention(db);
  const [due, lastRun] = await Promise.all([countDue(db, settings, clock.now()), loadLastRun(db)]);
  return {
    maxMonths: MAX_MONTHS,
    kinds: RETENTION_KINDS.map((kind) => {
      const rule = RETENTION_RULES[kind];
      return { kind, months: settings[kind], defaultMonths: rule.defaultMonths, minMonths: rule.minMonths, foreverAllowed: rule.foreverAllowed, countedFrom: rule.anchor, due: due[kind] };
    }),
    lastRun,
  };
}
