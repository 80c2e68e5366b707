import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { actsForPartner, demand, partnerSpokenFor, permit } from '../../domain/permissions.ts';
import { invalid } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findOffer } from './offer-view.ts';

export interface NewOffer {
  /** The offering partner; a representative's own partner when left out. */
  partnerId?: string | undefined;
  title: string;
  description?: string | undefined;
}

/** Adds a standing "what we can do for you" item of a partner (its representative, or the coordinator for any partner). */
export async function createOffer({ db, clock }: AppDeps, { actor, membership, offer: input }: NetworkCaller & { offer: NewOffer }) {
  // Everyone gets this far so that an offer without a partner is a 400 for every role.
  permit(membership, 'network.read');
  const partnerId = input.partnerId ?? partnerSpokenFor(membership);
  if (!partnerId) throw invalid('Say which partner offers this', [{ path: ['partnerId'], message: 'Required' }]);
  demand(actsForPartner(membership, partnerId), "Only the partner's representatives and the coordinator keep a partner's offers");
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const partner = await tx.selectFrom('partners').select('id').where('id', '=', partnerId).where('network_id', '=', networkId).executeTakeFirst();
    if (!partner) throw invalid('There is no such partner in this network', [{ path: ['partnerId'], message: 'Not a partner of this network' }]);
    const id = randomUUID();
    const title = input.title.trim();
    await tx
      .insertInto('offers')
      .values({ id, network_id: networkId, partner_id: partnerId, created_by: actor.userId, title, description: input.description?.trim() ?? '', created_at: now, updated_at: now })
      .execute();
    await recordAudit(tx, actor, { networkId, action: 'offer.create', objectType: 'offer', objectId: id, details: { title, partnerId } });
    return (await findOffer(tx, networkId, id))!;
  });
}
