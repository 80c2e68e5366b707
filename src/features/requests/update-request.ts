import { inTransaction } from '../../db/transaction.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { demand, permit, seesDrafts, speaksFor } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkAskedPartner } from './insert-request.ts';
import { noticeRequestMade } from './request-notices.ts';
import { findRequest } from './request-view.ts';

export interface RequestChanges {
  baseVersion: number;
  title?: string | undefined;
  description?: string | undefined;
  toPartnerId?: string | null | undefined;
  fromPartnerId?: string | undefined;
  draft?: false | undefined;
}

/**
 * Changes a request. A draft from a round is the coordinator's: they may change everything,
 * including who asks whom, and publish it with `draft: false` (the partners asked hear of it then).
 * A published request is reworded only by its requester's representative while it is open.
 */
export async function updateRequest(deps: AppDeps, { actor, membership, requestId, changes }: NetworkCaller & { requestId: string; changes: RequestChanges }) {
  // Everyone gets this far so that a request they cannot see is a 404 for every role.
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const row = await tx.selectFrom('requests').selectAll().where('id', '=', requestId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!row || (row.draft && !seesDrafts(membership))) throw notFound('Request not found');
    if (!row.draft) {
      demand(row.from_partner_id !== null && speaksFor(membership, row.from_partner_id), "Only the requester's representative can change a request");
      if (row.status !== 'open') throw conflict(`A request that is ${row.status} cannot be changed`, { current: await findRequest(tx, { networkId, requestId, now }) });
      if (changes.toPartnerId !== undefined || changes.fromPartnerId !== undefined) {
        throw invalid('Who asks whom is fixed once a request is published; withdraw it and ask again', [{ path: ['toPartnerId'], message: 'Only on drafts' }]);
      }
    }
    if (row.version !== changes.baseVersion) {
      throw conflict('The request was changed by someone else; reload and try again', { currentVersion: row.version, current: await findRequest(tx, { networkId, requestId, now }) });
    }
    const fromPartnerId = changes.fromPartnerId ?? row.from_partner_id;
    const toPartnerId = changes.toPartnerId === undefined ? row.to_partner_id : changes.toPartnerId;
    if (changes.fromPartnerId !== undefined) {
      const found = await tx.selectFrom('partners').select('id').where('id', '=', fromPartnerId).where('network_id', '=', networkId).executeTakeFirst();
      if (!found) throw invalid('There is no such partner in this network', [{ path: ['fromPartnerId'], message: 'Not a partner of this network' }]);
    }
    await checkAskedPartner(tx, { networkId, fromPartnerId, toPartnerId });
    const publishing = row.draft && changes.draft === false;
    if (publishing && fromPartnerId === null) {
      throw invalid('Name the partner that asks before publishing: a draft from an open answer names none', [{ path: ['fromPartnerId'], message: 'Required to publish' }]);
    }
    await tx
      .updateTable('requests')
      .set({
        title: changes.title?.trim() ?? row.title,
        description: changes.description?.trim() ?? row.description,
        from_partner_id: fromPartnerId,
        to_partner_id: toPartnerId,
        draft: publishing ? false : row.draft,
        updated_at: now,
        version: row.version + 1,
      })
      .where('id', '=', requestId)
      .execute();
    const fields = Object.keys(changes).filter((k) => k !== 'baseVersion');
    await recordAudit(tx, actor, { networkId, action: publishing ? 'request.publish' : 'request.update', objectType: 'request', objectId: requestId, details: { fields } });
    const view = (await findRequest(tx, { networkId, requestId, now }))!;
    if (publishing) await noticeRequestMade(tx, deps, { networkId, request: view, actorId: actor.userId });
    return view;
  });
}
