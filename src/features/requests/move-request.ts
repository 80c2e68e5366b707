import { inTransaction } from '../../db/transaction.ts';
import { requestMoveProblem, type RequestParty } from '../../domain/development.ts';
import { conflict, forbidden, invalid, notFound } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { partnerSpokenFor, permit, seesDrafts } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { noticeRequestMoved } from './request-notices.ts';
import { findRequest } from './request-view.ts';

type Move = 'accepted' | 'declined' | 'fulfilled' | 'withdrawn';

/**
 * Moves a request on (DESIGN §5.8): the partner asked accepts or declines with a reason — for a
 * request to the whole network any other partner's representative accepts and becomes the
 * provider; the requester confirms it fulfilled or withdraws it. Representatives act for their
 * partner; the other party's representatives are notified.
 */
export async function moveRequest(deps: AppDeps, { actor, membership, requestId, to, reason }: NetworkCaller & { requestId: string; to: Move; reason?: string | undefined }) {
  // Everyone gets this far so that a request they cannot see is a 404 for every role.
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const row = await tx.selectFrom('requests').selectAll().where('id', '=', requestId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!row || (row.draft && !seesDrafts(membership))) throw notFound('Request not found');
    if (row.draft) throw conflict('Publish the draft before it can be answered');
    const partnerId = partnerSpokenFor(membership);
    const recipient = partnerId !== null && (row.to_partner_id === partnerId || (row.to_partner_id === null && partnerId !== row.from_partner_id));
    const party: RequestParty | null = partnerId !== null && partnerId === row.from_partner_id ? 'requester' : recipient ? 'recipient' : null;
    if (!party) throw forbidden("Only the representatives of the requester and of the partner asked answer a request");
    if (row.to_partner_id === null && to === 'declined') {
      throw conflict('A request to the whole network stays open until a partner accepts it; only the requester can withdraw it');
    }
    // An accepted request is the provider's from then on, not every other partner's.
    if (party === 'recipient' && row.provider_partner_id !== null && row.provider_partner_id !== partnerId) throw forbidden('Another partner accepted this request');
    const problem = requestMoveProblem(row.status, to, party, reason);
    if (problem) {
      const other: RequestParty = party === 'requester' ? 'recipient' : 'requester';
      if (requestMoveProblem(row.status, to, other, reason ?? 'x') === null) throw forbidden(problem);
      if (requestMoveProblem(row.status, to, party, 'x') === null) throw invalid(problem, [{ path: ['reason'], message: problem }]);
      throw conflict(problem, { current: await findRequest(tx, { networkId, requestId, now }) });
    }
    const answered = to === 'accepted' || to === 'declined';
    await tx
      .updateTable('requests')
      .set({
        status: to,
        reason: to === 'declined' ? reason!.trim() : row.reason,
        provider_partner_id: to === 'accepted' ? (row.to_partner_id ?? partnerId) : row.provider_partner_id,
        answered_at: answered ? now : row.answered_at,
        fulfilled_at: to === 'fulfilled' ? now : row.fulfilled_at,
        updated_at: now,
        version: row.version + 1,
      })
      .where('id', '=', requestId)
      .execute();
    await recordAudit(tx, actor, { networkId, action: `request.${to}`, objectType: 'request', objectId: requestId, details: { title: row.title, from: row.status, ...(reason ? { reason } : {}) } });
    const view = (await findRequest(tx, { networkId, requestId, now }))!;
    const me = await tx.selectFrom('users').select('name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
    const partnerName = party === 'requester' ? (view.from?.name ?? '') : (view.provider?.name ?? view.to?.name ?? '');
    await noticeRequestMoved(tx, deps, { networkId, request: view, actor: { id: actor.userId, name: me.name, partnerName }, reason: to === 'declined' ? view.reason : null });
    return view;
  });
}
