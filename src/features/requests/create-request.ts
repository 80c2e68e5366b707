import { inTransaction } from '../../db/transaction.ts';
import { forbidden } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
import { checkAskedPartner, insertRequest } from './insert-request.ts';

/**
 * A representative asks something of another partner, or of the whole network (`toPartnerId`
 * null), on behalf of their own partner. Only representatives speak for a partner: the
 * coordinator does not make requests in a partner's name (they edit and publish the drafts a
 * round brought up).
 */
export async function createRequest(
  deps: Pick<AppDeps, 'db' | 'mailer' | 'config'>,
  actor: Actor & { userId: string },
  membership: Membership,
  input: { toPartnerId: string | null; title: string; description?: string | undefined },
) {
  if (membership.role !== 'representative' || !membership.partnerId) throw forbidden('Only a representative makes a request, for their own partner');
  const fromPartnerId = membership.partnerId;
  return inTransaction(deps.db, async (tx) => {
    await checkAskedPartner(tx, membership.networkId, fromPartnerId, input.toPartnerId);
    return insertRequest(tx, deps, actor, {
      networkId: membership.networkId,
      fromPartnerId,
      toPartnerId: input.toPartnerId,
      offerId: null,
      title: input.title,
      description: input.description ?? '',
    });
  });
}
