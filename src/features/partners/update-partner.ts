import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { conflict } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { bumpMapRevision } from '../map/map-revision.ts';
import type { PartnerInput } from './partner-input.ts';
import { findPartner, toPartnerView } from './partner-view.ts';

export type PartnerChanges = Partial<PartnerInput> & { baseVersion: number };

/**
 * Changes a partner's details (coordinator). A change based on a stale version gets 409 with the
 * current partner; a new name must stay unique in the network.
 */
export async function updatePartner({ db, clock }: AppDeps, { actor, membership, partnerId, changes }: NetworkCaller & { partnerId: string; changes: PartnerChanges }) {
  permit(membership, 'partner.manage');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const current = await findPartner(tx, networkId, partnerId, { lock: true });
    if (current.version !== changes.baseVersion) {
      throw conflict('The partner was changed by someone else; reload and try again', {
        currentVersion: current.version,
        current: await toPartnerView(tx, networkId, current),
      });
    }
    if (changes.name !== undefined && changes.name.toLowerCase() !== current.name.toLowerCase()) {
      const clash = await tx
        .selectFrom('partners')
        .select('id')
        .where('network_id', '=', networkId)
        .where('id', '!=', partnerId)
        .where((eb) => eb(eb.fn('lower', ['name']), '=', changes.name!.toLowerCase()))
        .executeTakeFirst();
      if (clash) throw conflict(`A partner named "${changes.name}" already exists in this network`, { field: 'name' });
    }
    const { baseVersion: _baseVersion, ...given } = changes;
    const changed = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    const updated = await tx
      .updateTable('partners')
      .set({
        name: changes.name ?? current.name,
        sector: changes.sector ?? current.sector,
        kvk: changes.kvk === undefined ? current.kvk : changes.kvk,
        agb: changes.agb === undefined ? current.agb : changes.agb,
        ura: changes.ura === undefined ? current.ura : changes.ura,
        website: changes.website === undefined ? current.website : changes.website,
        description: changes.description ?? current.description,
        version: current.version + 1,
        updated_at: now,
      })
      .where('id', '=', partnerId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await bumpMapRevision(tx, networkId);
    await recordAudit(tx, actor, { networkId, action: 'partner.update', objectType: 'partner', objectId: partnerId, details: changed });
    return toPartnerView(tx, networkId, updated);
  });
}
