import { inTransaction } from '../../db/transaction.ts';
import { conflict, notFound } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { demand, partnerSpokenFor, permit } from '../../domain/permissions.ts';
import { insertRequest } from '../requests/insert-request.ts';

/** The request that takes up an offer: the offer's title unless worded otherwise. */
export interface OfferRequest {
  title?: string | undefined;
  description?: string | undefined;
}

/**
 * Takes up another partner's offer: a representative asks the offering partner for it, on behalf
 * of their own partner. The new request goes through the usual open → accepted → fulfilled.
 */
export async function takeUpOffer(deps: AppDeps, { actor, membership, offerId, request: input }: NetworkCaller & { offerId: string; request: OfferRequest }) {
  permit(membership, 'offer.takeUp', 'Only a representative takes up an offer, for their own partner');
  const fromPartnerId = partnerSpokenFor(membership);
  demand(fromPartnerId !== null, 'Only a representative takes up an offer, for their own partner');
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const offer = await tx.selectFrom('offers').selectAll().where('id', '=', offerId).where('network_id', '=', membership.networkId).executeTakeFirst();
    if (!offer) throw notFound('Offer not found');
    if (!offer.active) throw conflict('This offer is no longer on the list');
    if (offer.partner_id === fromPartnerId) throw conflict('A partner does not take up its own offer');
    return insertRequest(tx, deps, {
      actor,
      now,
      networkId: membership.networkId,
      fromPartnerId,
      toPartnerId: offer.partner_id,
      offerId,
      title: input.title ?? offer.title,
      description: input.description ?? '',
    });
  });
}
