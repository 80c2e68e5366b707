import type { Tx } from '../../db/transaction.ts';
import { ratificationState } from '../../domain/agreement.ts';
import type { AppDeps } from '../../deps.ts';
import type { Actor } from '../../domain/membership.ts';
import { factsOf, type AgreementRow } from './agreement-view.ts';
import { announce } from './announce.ts';

/**
 * When every party has consented to the proposed version, that version comes into force (and
 * replaces the one in force before) at `now`; returns whether it did. Called after each decision
 * and after a change of parties, with the agreement row locked.
 */
export async function enterIntoForceIfRatified(tx: Tx, deps: Pick<AppDeps, 'mailer' | 'config' | 'clock' | 'unsubscribeKey'>, { actor, agreement: row, now }: { actor: Actor; agreement: AgreementRow; now: Date }): Promise<boolean> {
  if (row.proposed_version === null || row.ended_at !== null) return false;
  const facts = await factsOf(tx, row);
  if (!ratificationState(facts, row.proposed_version).complete) return false;
  const version = row.proposed_version;
  await tx
    .updateTable('agreements')
    .set({ version_in_force: version, in_force_since: now, proposed_version: null, updated_at: now })
    .where('id', '=', row.id)
    .execute();
  await announce(tx, deps, {
    actor,
    agreement: row,
    event: { kind: 'agreementInForce', version },
    audit: { action: 'agreement.in_force', details: { version, previousVersionInForce: row.version_in_force, parties: facts.parties } },
  });
  return true;
}
