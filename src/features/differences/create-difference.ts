import { randomUUID } from 'node:crypto';
import type { DifferenceKind } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { actsForAnyPartner, demand, permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkPartnerIds } from './check-partner-ids.ts';
import { noticeDifferenceNamed } from './difference-notices.ts';
import { findDifference } from './difference-view.ts';

export interface NewDifference {
  topic: string;
  description?: string | undefined;
  kind: DifferenceKind;
  partnerIds: string[];
}

/**
 * Puts a difference on the agenda with status "named". The coordinator names any; a
 * representative only one their own partner is part of. The involved partners' representatives
 * hear of it, so they can write their own view.
 */
export async function createDifference(deps: AppDeps, { actor, membership, difference: input }: NetworkCaller & { difference: NewDifference }) {
  permit(membership, 'difference.write');
  const { networkId } = membership;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const partnerIds = await checkPartnerIds(tx, networkId, input.partnerIds);
    demand(actsForAnyPartner(membership, partnerIds), 'A representative names differences their own partner is part of');
    const id = randomUUID();
    const topic = input.topic.trim();
    await tx
      .insertInto('differences')
      .values({ id, network_id: networkId, created_by: actor.userId, topic, description: input.description?.trim() ?? '', kind: input.kind, resolved_by_agreement_id: null, origin_round_id: null, created_at: now, updated_at: now })
      .execute();
    await tx.insertInto('difference_partners').values(partnerIds.map((partnerId) => ({ network_id: networkId, difference_id: id, partner_id: partnerId }))).execute();
    await tx
      .insertInto('difference_status_changes')
      .values({ id: randomUUID(), network_id: networkId, created_by: actor.userId, difference_id: id, from_status: null, to_status: 'named', created_at: now })
      .execute();
    await recordAudit(tx, actor, { networkId, action: 'difference.create', objectType: 'difference', objectId: id, details: { topic, kind: input.kind, partnerIds } });
    await noticeDifferenceNamed(tx, deps, { networkId, differenceId: id, topic, partnerIds, actorId: actor.userId });
    return (await findDifference(tx, networkId, id))!;
  });
}
