import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { invalid } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockMeeting } from './lock-meeting.ts';
import { agendaOf } from './meeting-view.ts';

/**
 * Puts a session's agenda in a new order (coordinator). The order must name every item exactly
 * once, so a reorder based on an agenda that has since changed is refused rather than guessed at.
 */
export async function reorderAgenda({ db }: AppDeps, { actor, membership, meetingId, order }: NetworkCaller & { meetingId: string; order: readonly string[] }) {
  permit(membership, 'session.manage');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    await lockMeeting(tx, networkId, meetingId);
    const ids = (await tx.selectFrom('meeting_agenda_items').select('id').where('meeting_id', '=', meetingId).execute()).map((r) => r.id);
    const wanted = order.map((id) => id.toLowerCase());
    if (new Set(wanted).size !== wanted.length || wanted.length !== ids.length || !ids.every((id) => wanted.includes(id))) {
      throw invalid('Name every item of the agenda exactly once; reload if the agenda changed', [{ path: ['order'], message: `Expected the ${ids.length} items of this agenda` }]);
    }
    for (const [index, id] of wanted.entries()) {
      await tx.updateTable('meeting_agenda_items').set({ position: index + 1 }).where('id', '=', id).execute();
    }
    await recordAudit(tx, actor, { networkId, action: 'session.agenda.reorder', objectType: 'session', objectId: meetingId, details: { order: wanted } });
    return { items: await agendaOf(tx, networkId, meetingId) };
  });
}
