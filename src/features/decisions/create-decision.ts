import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../../domain/membership.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findDecision } from './decision-view.ts';

/**
 * Records a decision taken in a session (coordinator). It changes nothing tomorrow until someone
 * claims a step that serves it and gives that step a date.
 */
export async function createDecision(
  db: Kysely<DB>,
  actor: Actor & { userId: string },
  networkId: string,
  meetingId: string,
  input: { title: string; description?: string | undefined },
) {
  return inTransaction(db, async (tx) => {
    const meeting = await tx.selectFrom('meetings').select('id').where('id', '=', meetingId).where('network_id', '=', networkId).forShare().executeTakeFirst();
    if (!meeting) throw notFound('Session not found');
    const id = randomUUID();
    const title = input.title.trim();
    await tx
      .insertInto('decisions')
      .values({ id, network_id: networkId, meeting_id: meetingId, title, description: input.description?.trim() ?? '', created_by: actor.userId })
      .execute();
    await recordAudit(tx, actor, { networkId, action: 'decision.create', objectType: 'decision', objectId: id, details: { title, sessionId: meetingId } });
    return (await findDecision(tx, networkId, id))!;
  });
}
