import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../../domain/membership.ts';
import { insertPartner } from './insert-partner.ts';
import type { PartnerInput } from './partner-input.ts';
import { toPartnerView } from './partner-view.ts';

/** Adds a partner organisation to the network (coordinator); names are unique per network. */
export async function createPartner(db: Kysely<DB>, actor: Actor, networkId: string, input: PartnerInput) {
  return inTransaction(db, async (tx) => {
    const row = await insertPartner(tx, networkId, input);
    await recordAudit(tx, actor, { networkId, action: 'partner.create', objectType: 'partner', objectId: row.id, details: { name: row.name, sector: row.sector } });
    return toPartnerView(tx, networkId, row);
  });
}
