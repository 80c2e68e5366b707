import { randomUUID } from 'node:crypto';
import type { AgreementKind } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { dutchToday } from '../../domain/calendar.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { findAgreement } from './agreement-view.ts';
import { announce } from './announce.ts';
import { checkParties, checkReviewDate } from './check-parties.ts';

export interface NewAgreement {
  kind: AgreementKind;
  title: string;
  partyIds?: string[] | null | undefined;
  reviewOn?: string | null | undefined;
  body: string;
  changeNote?: string | undefined;
}

/** Drafts an agreement (the coordinator): version 1 of its text, its parties and review date. */
export async function createAgreement(deps: AppDeps, { actor, membership, agreement: input }: NetworkCaller & { agreement: NewAgreement }) {
  permit(membership, 'agreement.manage');
  const { networkId } = membership;
  const now = deps.clock.now();
  const today = dutchToday(now);
  checkReviewDate(input.reviewOn, today);
  return inTransaction(deps.db, async (tx) => {
    const parties = await checkParties(tx, networkId, input.partyIds);
    const id = randomUUID();
    const row = {
      id,
      network_id: networkId,
      kind: input.kind,
      title: input.title.trim(),
      all_partners: parties === null,
      review_on: input.reviewOn ?? null,
      current_version: 1,
      proposed_version: null,
      version_in_force: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    };
    await tx.insertInto('agreements').values(row).execute();
    await tx
      .insertInto('agreement_versions')
      .values({ id: randomUUID(), network_id: networkId, agreement_id: id, version: 1, body: input.body, change_note: input.changeNote?.trim() || '', author_id: actor.userId, created_at: now })
      .execute();
    if (parties && parties.length > 0) {
      await tx.insertInto('agreement_parties').values(parties.map((partnerId) => ({ network_id: networkId, agreement_id: id, partner_id: partnerId }))).execute();
    }
    await announce(tx, deps, {
      actor,
      agreement: row,
      event: { kind: 'agreementCreated' },
      audit: { action: 'agreement.create', details: { kind: input.kind, allPartners: parties === null, parties, reviewOn: row.review_on } },
    });
    return findAgreement(tx, { networkId, agreementId: id, today });
  });
}
