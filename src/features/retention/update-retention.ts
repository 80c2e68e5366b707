import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { PersonActor } from '../../domain/membership.ts';
import { retentionProblems, type RetentionSettings } from '../../domain/retention.ts';
import { invalid } from '../../errors.ts';
import { requireInstanceAdmin } from '../admin/list-outbox.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { getRetention } from './get-retention.ts';
import { loadRetention, RETENTION_KEY, saveSetting } from './retention-settings.ts';

/**
 * Sets the installation's retention periods (administrator only), all kinds at once. Refused with
 * 400 and the problems of domain/retention.ts when a period is outside its kind's bounds or open
 * answers would outlive the raw answers. Audited with the periods before and after.
 */
export async function updateRetention(deps: AppDeps, { actor, periods }: { actor: PersonActor; periods: RetentionSettings }) {
  await requireInstanceAdmin(deps.db, actor.userId);
  const problems = retentionProblems(periods);
  if (problems.length > 0) {
    throw invalid(
      'A retention period is not allowed',
      problems.map((p) => ({ path: ['periods', p.kind], message: p.code, ...p })),
    );
  }
  await inTransaction(deps.db, async (tx) => {
    const before = await loadRetention(tx);
    await saveSetting(tx, RETENTION_KEY, periods);
    await recordAudit(tx, actor, { networkId: null, action: 'instance.retention_changed', objectType: 'instance', objectId: null, details: { before, after: periods } });
  });
  return getRetention(deps, { userId: actor.userId });
}
