import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { conflict } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { bumpMapRevision } from '../map/map-revision.ts';
import { findPartner, toPartnerView } from './partner-view.ts';

/**
 * Removes a partner from the network (coordinator), with its profile versions, its place in
 * shared-history entries and its confirmation. Refused with 409 while people hold a role for the
 * partner. Open invitations for it are withdrawn, and earlier ones forget it.
 */
export async function deletePartner({ db, clock }: AppDeps, { actor, membership, partnerId }: NetworkCaller & { partnerId: string }) {
  permit(membership, 'partner.manage');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const partner = await findPartner(tx, networkId, partnerId, { lock: true });
    const people = await tx
      .selectFrom('network_members')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('network_id', '=', networkId)
      .where('partner_id', '=', partnerId)
      .executeTakeFirstOrThrow();
    if (Number(people.n) > 0) {
      throw conflict('People hold a role for this partner; change or end their roles first', { people: Number(people.n) });
    }
    const view = await toPartnerView(tx, networkId, partner);
    const withdrawn = await tx
      .updateTable('invitations')
      .set({ revoked_at: now })
      .where('network_id', '=', networkId)
      .where('partner_id', '=', partnerId)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    await tx.updateTable('invitations').set({ partner_id: null }).where('network_id', '=', networkId).where('partner_id', '=', partnerId).execute();
    await tx.deleteFrom('partners').where('id', '=', partnerId).execute();
    // Shared history is between two or more partners of the network: an entry left with one is gone too.
    const orphaned = await tx
      .deleteFrom('history_entries')
      .where('network_id', '=', networkId)
      .where((eb) =>
        eb(
          eb.selectFrom('history_entry_partners as hp').select((s) => s.fn.countAll<number>().as('n')).whereRef('hp.entry_id', '=', 'history_entries.id'),
          '<',
          2,
        ),
      )
      .executeTakeFirst();
    await bumpMapRevision(tx, networkId);
    await recordAudit(tx, actor, {
      networkId,
      action: 'partner.delete',
      objectType: 'partner',
      objectId: partnerId,
      details: { name: partner.name, withdrawnInvitations: Number(withdrawn.numUpdatedRows), removedHistoryEntries: Number(orphaned.numDeletedRows) },
    });
    return view;
  });
}
