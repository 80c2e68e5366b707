import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockMeeting, nextPosition } from './lock-meeting.ts';
import { agendaOf } from './meeting-view.ts';

export interface NewAgendaItem {
  title: string;
  notes?: string | undefined;
  link?: string | null | undefined;
  timeBoxMinutes?: number | null | undefined;
}

/** Adds an item of one's own at the end of a session's agenda (coordinator); returns the whole agenda. */
export async function addAgendaItem({ db, clock }: AppDeps, { actor, membership, meetingId, item: input }: NetworkCaller & { meetingId: string; item: NewAgendaItem }) {
  permit(membership, 'session.manage');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    await lockMeeting(tx, networkId, meetingId);
    const id = randomUUID();
    const title = input.title.trim();
    await tx
      .insertInto('meeting_agenda_items')
      .values({
        id,
        network_id: networkId,
        meeting_id: meetingId,
        created_by: actor.userId,
        created_at: now,
        position: await nextPosition(tx, meetingId),
        kind: 'custom',
        title,
        link: input.link ?? null,
        notes: input.notes?.trim() ?? '',
        time_box_minutes: input.timeBoxMinutes ?? null,
      })
      .execute();
    await recordAudit(tx, actor, { networkId, action: 'session.agenda.add', objectType: 'session_agenda_item', objectId: id, details: { sessionId: meetingId, title } });
    return { items: await agendaOf(tx, networkId, meetingId) };
  });
}
