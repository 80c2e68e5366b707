import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findDecision } from './decision-view.ts';

export interface NewDecision {
  title: string;
  description?: string | undefined;
}

/**
 * Records a decision taken in a session (coordinator). It changes nothing tomorrow until someone
 * claims a step that serves it and gives that step a date.
 */
export async function createDecision({ db, clock }: AppDeps, { actor, membership, meetingId, decision: input }: NetworkCaller & { meetingId: string; decision: NewDecision }) {
  permit(membership, 'decision.manage');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const meeting = await tx.selectFrom('meetings').select('id').where('id', '=', meetingId).where('network_id', '=', networkId).forShare().executeTakeFirst();
    if (!meeting) throw notFound('Session not found');
    const id = randomUUID();
    const title = input.title.trim();
    await tx
      .insertInto('decisions')
      .values({ id, network_id: networkId, meeting_id: meetingId, title, description: input.description?.trim() ?? '', created_by: actor.userId, created_at: now, updated_at: now })
      .execute();
    await recordAudit(tx, actor, { networkId, action: 'decision.create', objectType: 'decision', objectId: id, details: { title, sessionId: meetingId } });
    return (await findDecision(tx, networkId, id))!;
  });
}
