import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { invalid } from '../../errors.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertMayKeepOffers, findOffer } from './offer-view.ts';

/** Adds a standing "what we can do for you" item of a partner (its representative, or the coordinator for any partner). */
export async function createOffer(db: Kysely<DB>, actor: Actor & { userId: string }, membership: Membership, input: { partnerId?: string | undefined; title: string; description?: string | undefined }) {
  const partnerId = input.partnerId ?? (membership.role === 'representative' ? membership.partnerId : null);
  if (!partnerId) throw invalid('Say which partner offers this', [{ path: ['partnerId'], message: 'Required' }]);
  assertMayKeepOffers(membership, partnerId);
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const partner = await tx.selectFrom('partners').select('id').where('id', '=', partnerId).where('network_id', '=', networkId).executeTakeFirst();
    if (!partner) throw invalid('There is no such partner in this network', [{ path: ['partnerId'], message: 'Not a partner of this network' }]);
    const id = randomUUID();
    const title = input.title.trim();
    await tx
      .insertInto('offers')
      .values({ id, network_id: networkId, partner_id: partnerId, created_by: actor.userId, title, description: input.description?.trim() ?? '' })
      .execute();
    await recordAudit(tx, actor, { networkId, action: 'offer.create', objectType: 'offer', objectId: id, details: { title, partnerId } });
    return (await findOffer(tx, networkId, id))!;
  });
}
