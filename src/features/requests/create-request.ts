import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { demand, partnerSpokenFor, permit } from '../../domain/permissions.ts';
import { checkAskedPartner, insertRequest } from './insert-request.ts';

export interface NewRequest {
  /** The partner asked; null asks the whole network. */
  toPartnerId: string | null;
  title: string;
  description?: string | undefined;
}

/**
 * A representative asks something of another partner, or of the whole network (`toPartnerId`
 * null), on behalf of their own partner. Only representatives speak for a partner: the
 * coordinator does not make requests in a partner's name (they edit and publish the drafts a
 * round brought up).
 */
export async function createRequest(deps: AppDeps, { actor, membership, request: input }: NetworkCaller & { request: NewRequest }) {
  permit(membership, 'request.write', 'Only a representative makes a request, for their own partner');
  const fromPartnerId = partnerSpokenFor(membership);
  demand(fromPartnerId !== null, 'Only a representative makes a request, for their own partner');
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    await checkAskedPartner(tx, { networkId: membership.networkId, fromPartnerId, toPartnerId: input.toPartnerId });
    return insertRequest(tx, deps, {
      actor,
      now,
      networkId: membership.networkId,
      fromPartnerId,
      toPartnerId: input.toPartnerId,
      offerId: null,
      title: input.title,
      description: input.description ?? '',
    });
  });
}
