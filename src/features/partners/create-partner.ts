import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { insertPartner } from './insert-partner.ts';
import type { PartnerInput } from './partner-input.ts';
import { toPartnerView } from './partner-view.ts';

/** Adds a partner organisation to the network (coordinator); names are unique per network. */
export async function createPartner({ db, clock }: AppDeps, { actor, membership, partner: input }: NetworkCaller & { partner: PartnerInput }) {
  permit(membership, 'partner.manage');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const row = await insertPartner(tx, { networkId, partner: input, now });
    await recordAudit(tx, actor, { networkId, action: 'partner.create', objectType: 'partner', objectId: row.id, details: { name: row.name, sector: row.sector } });
    return toPartnerView(tx, networkId, row);
  });
}
