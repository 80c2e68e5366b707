import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { conflict, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { toNetworkView } from './network-view.ts';

export interface NetworkChanges {
  baseVersion: number;
  name?: string | undefined;
  description?: string | undefined;
  anonymityK?: number | undefined;
}

/** Changes a network's settings; a change based on a stale version gets 409 with the current one. */
export async function updateNetwork({ db, clock }: AppDeps, { actor, membership, changes }: NetworkCaller & { changes: NetworkChanges }) {
  permit(membership, 'network.update');
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const current = await tx.selectFrom('networks').selectAll().where('id', '=', membership.networkId).forUpdate().executeTakeFirst();
    if (!current) throw notFound('Network not found');
    if (current.version !== changes.baseVersion) {
      throw conflict('The network was changed by someone else; reload and try again', { currentVersion: current.version, current: toNetworkView(current, membership.role) });
    }
    const updated = await tx
      .updateTable('networks')
      .set({
        name: changes.name?.trim() ?? current.name,
        description: changes.description?.trim() ?? current.description,
        anonymity_k: changes.anonymityK ?? current.anonymity_k,
        version: current.version + 1,
        updated_at: now,
      })
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const changed = Object.fromEntries(
      Object.entries({ name: changes.name, description: changes.description, anonymityK: changes.anonymityK }).filter(([, v]) => v !== undefined),
    );
    await recordAudit(tx, actor, { networkId: current.id, action: 'network.update', objectType: 'network', objectId: current.id, details: changed });
    return toNetworkView(updated, membership.role);
  });
}
