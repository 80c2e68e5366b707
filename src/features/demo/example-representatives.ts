import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/transaction.ts';
import type { ExamplePartnerKey } from './example-partners.ts';
import { EXAMPLE_REPRESENTATIVES } from './example-rounds.ts';

/** The user ids of each partner's two representatives; the first speaks for the partner in the example. */
export type ExampleRepresentatives = Map<ExamplePartnerKey, [string, string]>;

/** The address of an example representative: their name in lower case at their organisation's domain. */
export function exampleRepresentativeEmail(name: string, domain: string): string {
  return `${name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '.')}@${domain}`;
}

/**
 * Two representatives per partner, without a password (they would get an invitation). They come
 * right after the partners, so the rest of the example can show the method: each partner's own
 * representative consents, claims steps, writes the partner's view and answers the rounds.
 */
export async function addExampleRepresentatives(tx: Tx, { networkId, partnerIds, now }: { networkId: string; partnerIds: Map<ExamplePartnerKey, string>; now: Date }): Promise<ExampleRepresentatives> {
  const representatives: ExampleRepresentatives = new Map();
  for (const [partner, { domain, names }] of Object.entries(EXAMPLE_REPRESENTATIVES) as [ExamplePartnerKey, (typeof EXAMPLE_REPRESENTATIVES)[ExamplePartnerKey]][]) {
    const ids: string[] = [];
    for (const name of names) {
      const email = exampleRepresentativeEmail(name, domain);
      // Loading the example again (the demo command) gives the same people a role in the new network too.
      const existing = await tx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
      const userId = existing?.id ?? randomUUID();
      if (!existing) await tx.insertInto('users').values({ id: userId, name, email, email_verified: true, image: null, created_at: now, updated_at: now }).execute();
      await tx.insertInto('network_members').values({ id: randomUUID(), network_id: networkId, user_id: userId, role: 'representative', partner_id: partnerIds.get(partner)!, created_at: now }).execute();
      ids.push(userId);
    }
    representatives.set(partner, [ids[0]!, ids[1]!]);
  }
  return representatives;
}
