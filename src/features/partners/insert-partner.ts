import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/transaction.ts';
import { conflict } from '../../errors.ts';
import { bumpMapRevision } from '../map/map-revision.ts';
import type { PartnerInput } from './partner-input.ts';

/**
 * Adds a partner to a network at `now` inside the caller's transaction (used by creating one
 * partner, by importing many and by the example network). Names are unique per network, ignoring case.
 *
 * @example const row = await insertPartner(tx, { networkId, partner: input, now });
 */
export async function insertPartner(tx: Tx, { networkId, partner: input, now }: { networkId: string; partner: PartnerInput; now: Date }) {
  const clash = await tx
    .selectFrom('partners')
    .select('id')
    .where('network_id', '=', networkId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', input.name.toLowerCase()))
    .executeTakeFirst();
  if (clash) throw conflict(`A partner named "${input.name}" already exists in this network`, { field: 'name' });
  const row = await tx
    .insertInto('partners')
    .values({
      id: randomUUID(),
      network_id: networkId,
      name: input.name,
      sector: input.sector,
      kvk: input.kvk ?? null,
      agb: input.agb ?? null,
      ura: input.ura ?? null,
      website: input.website ?? null,
      description: input.description ?? '',
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await bumpMapRevision(tx, networkId);
  return row;
}
