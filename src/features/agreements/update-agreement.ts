import { inTransaction } from '../../db/transaction.ts';
import { conflict } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import { dutchToday } from '../../domain/calendar.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { findAgreement, lockAgreement, partiesOf } from './agreement-view.ts';
import { announce } from './announce.ts';
import { checkParties, checkReviewDate } from './check-parties.ts';
import { enterIntoForceIfRatified } from './enter-into-force.ts';

export interface AgreementChanges {
  title?: string | undefined;
  reviewOn?: string | null | undefined;
  partyIds?: string[] | null | undefined;
}

/**
 * Changes the title, review date or parties of an agreement (the coordinator). The text only
 * changes through a new version. A party that is added must still consent to a proposed version;
 * when the parties that remain have all consented to it, it comes into force.
 */
export async function updateAgreement(deps: AppDeps, { actor, membership, agreementId, changes }: NetworkCaller & { agreementId: string; changes: AgreementChanges }) {
  permit(membership, 'agreement.manage');
  const { networkId } = membership;
  const now = deps.clock.now();
  const today = dutchToday(now);
  if (changes.reviewOn !== undefined) checkReviewDate(changes.reviewOn, today);
  return inTransaction(deps.db, async (tx) => {
    const row = await lockAgreement(tx, networkId, agreementId);
    if (row.ended_at) throw conflict('This agreement has ended and can no longer change', { current: await findAgreement(tx, { networkId, agreementId, today }) });
    const before = (await partiesOf(tx, networkId, [row])).get(row.id)!.map((p) => p.id);
    const next = {
      ...row,
      title: changes.title?.trim() ?? row.title,
      review_on: changes.reviewOn === undefined ? row.review_on : changes.reviewOn,
      updated_at: now,
    };
    if (changes.partyIds !== undefined) {
      const parties = await checkParties(tx, networkId, changes.partyIds);
      next.all_partners = parties === null;
      await tx.deleteFrom('agreement_parties').where('agreement_id', '=', row.id).execute();
      if (parties && parties.length > 0) {
        await tx.insertInto('agreement_parties').values(parties.map((partnerId) => ({ network_id: networkId, agreement_id: row.id, partner_id: partnerId }))).execute();
      }
    }
    // A new review date starts a new review period: the coordinator is reminded again once it passes.
    await tx
      .updateTable('agreements')
      .set((eb) => ({
        title: next.title,
        review_on: next.review_on,
        all_partners: next.all_partners,
        updated_at: now,
        // The review date's calendar event changes with its date or title: a higher SEQUENCE.
        review_sequence: next.review_on !== row.review_on || next.title !== row.title ? eb('review_sequence', '+', 1) : eb.ref('review_sequence'),
      }))
      .where('id', '=', row.id)
      .execute();
    const after = (await partiesOf(tx, networkId, [next])).get(row.id)!.map((p) => p.id);
    await announce(tx, deps, {
      actor,
      agreement: next,
      event: { kind: 'agreementChanged' },
      audit: {
        action: 'agreement.update',
        details: {
          before: { title: row.title, reviewOn: row.review_on, allPartners: row.all_partners, parties: before },
          after: { title: next.title, reviewOn: next.review_on, allPartners: next.all_partners, parties: after },
        },
      },
    });
    await enterIntoForceIfRatified(tx, deps, { actor, agreement: next, now });
    return findAgreement(tx, { networkId, agreementId, today });
  });
}
