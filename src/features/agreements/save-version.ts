import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import { conflict } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import { dutchToday } from '../../domain/calendar.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { actsForAnyPartner, demand, permit } from '../../domain/permissions.ts';
import { findAgreement, lockAgreement, partiesOf } from './agreement-view.ts';
import { announce } from './announce.ts';
import { findVersion } from './list-versions.ts';

export interface NewVersion {
  baseVersion: number;
  body: string;
  changeNote: string;
}

/**
 * Adds a new, immutable version of an agreement's text (the coordinator or a representative of a
 * party). It must be based on the latest version: a stale `baseVersion` gets 409 with the current
 * version, so nobody overwrites a change they have not seen. A proposed or ratified version stays
 * as it is until the new one is proposed.
 */
export async function saveVersion(deps: AppDeps, { actor, membership, agreementId, version: input }: NetworkCaller & { agreementId: string; version: NewVersion }) {
  permit(membership, 'agreement.write');
  const { networkId } = membership;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const row = await lockAgreement(tx, networkId, agreementId);
    const parties = (await partiesOf(tx, networkId, [row])).get(row.id)!.map((p) => p.id);
    demand(actsForAnyPartner(membership, parties), 'Only the coordinator or a representative of a party can write this agreement');
    if (row.ended_at) throw conflict('This agreement has ended and can no longer change', { current: await findAgreement(tx, { networkId, agreementId, today: dutchToday(now) }) });
    if (input.baseVersion !== row.current_version) {
      throw conflict(`Someone else saved version ${row.current_version} in the meantime; compare it with your text and try again`, {
        currentVersion: row.current_version,
        current: await findVersion(tx, { networkId, agreementId, version: row.current_version }),
      });
    }
    const version = row.current_version + 1;
    await tx
      .insertInto('agreement_versions')
      .values({ id: randomUUID(), network_id: networkId, agreement_id: row.id, version, body: input.body, change_note: input.changeNote.trim(), author_id: actor.userId, created_at: now })
      .execute();
    await tx.updateTable('agreements').set({ current_version: version, updated_at: now }).where('id', '=', row.id).execute();
    await announce(tx, deps, {
      actor,
      agreement: row,
      event: { kind: 'agreementVersionAdded', version, changeNote: input.changeNote.trim() },
      audit: { action: 'agreement.version', details: { version, changeNote: input.changeNote.trim() } },
    });
    return findVersion(tx, { networkId, agreementId, version });
  });
}
