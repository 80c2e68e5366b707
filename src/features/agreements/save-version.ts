import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import { conflict, forbidden } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
import { findAgreement, lockAgreement, partiesOf } from './agreement-view.ts';
import { announce } from './announce.ts';
import { getVersion } from './list-versions.ts';
import { mayWriteAgreement } from './may-write.ts';

/**
 * Adds a new, immutable version of an agreement's text (the coordinator or a representative of a
 * party). It must be based on the latest version: a stale `baseVersion` gets 409 with the current
 * version, so nobody overwrites a change they have not seen. A proposed or ratified version stays
 * as it is until the new one is proposed.
 */
export async function saveVersion(deps: AppDeps, actor: Actor & { userId: string }, membership: Membership, agreementId: string, input: { baseVersion: number; body: string; changeNote: string }) {
  const { networkId } = membership;
  return inTransaction(deps.db, async (tx) => {
    const row = await lockAgreement(tx, networkId, agreementId);
    const parties = (await partiesOf(tx, networkId, [row])).get(row.id)!.map((p) => p.id);
    if (!mayWriteAgreement(membership, parties)) throw forbidden('Only the coordinator or a representative of a party can write this agreement');
    if (row.ended_at) throw conflict('This agreement has ended and can no longer change', { current: await findAgreement(tx, networkId, agreementId) });
    if (input.baseVersion !== row.current_version) {
      throw conflict(`Someone else saved version ${row.current_version} in the meantime; compare it with your text and try again`, {
        currentVersion: row.current_version,
        current: await getVersion(tx, networkId, agreementId, row.current_version),
      });
    }
    const version = row.current_version + 1;
    const now = new Date();
    await tx
      .insertInto('agreement_versions')
      .values({ id: randomUUID(), network_id: networkId, agreement_id: row.id, version, body: input.body, change_note: input.changeNote.trim(), author_id: actor.userId, created_at: now })
      .execute();
    await tx.updateTable('agreements').set({ current_version: version, updated_at: now }).where('id', '=', row.id).execute();
    await announce(tx, deps, actor, row, { kind: 'agreementVersionAdded', version, changeNote: input.changeNote.trim() }, { action: 'agreement.version', details: { version, changeNote: input.changeNote.trim() } });
    return getVersion(tx, networkId, agreementId, version);
  });
}
