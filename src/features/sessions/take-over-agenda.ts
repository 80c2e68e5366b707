import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { EVERY_READER, permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { getAgenda } from '../agenda/get-agenda.ts';
import { lockMeeting, nextPosition } from './lock-meeting.ts';
import { agendaOf } from './meeting-view.ts';

/** One item of the generated agenda (src/features/agenda/get-agenda.ts, DESIGN §5.7). */
export interface GeneratedAgendaItem {
  section: string;
  kind: string;
  title: string;
  reason: { code: string; params: Record<string, string | number> };
  link: string | null;
}

const sameItem = (a: { kind: string; title: string; link: string | null; reason: string }, b: GeneratedAgendaItem) =>
  a.kind === b.kind && a.title === b.title && a.link === b.link && a.reason === b.reason.code;

/**
 * Appends the generated agenda (…/agenda, as every reader of the network may see it now) to a session's agenda
 * (coordinator), in the generated order, with each item's section, kind, reason and link. Items
 * the session already took over are skipped, so taking it over twice adds only what is new.
 * Returns the whole agenda.
 */
export async function takeOverAgenda(deps: AppDeps, { actor, membership, meetingId }: NetworkCaller & { meetingId: string }) {
  permit(membership, 'session.manage');
  const { db, clock } = deps;
  const { networkId } = membership;
  const now = clock.now();
  // A session's agenda is read by every participant: it takes over what every reader may see, not
  // the pair ratings only the coordinator may see (DESIGN §5.3).
  const generated: readonly GeneratedAgendaItem[] = (await getAgenda(deps, { membership: { ...membership, ...EVERY_READER } })).items;
  return inTransaction(db, async (tx) => {
    await lockMeeting(tx, networkId, meetingId);
    const existing = await tx.selectFrom('meeting_agenda_items').select(['kind', 'title', 'link', 'reason']).where('meeting_id', '=', meetingId).execute();
    const fresh = generated.filter((item) => !existing.some((e) => sameItem(e, item)));
    let position = await nextPosition(tx, meetingId);
    if (fresh.length > 0) {
      await tx
        .insertInto('meeting_agenda_items')
        .values(
          fresh.map((item) => ({
            id: randomUUID(),
            network_id: networkId,
            meeting_id: meetingId,
            created_by: actor.userId,
            created_at: now,
            position: position++,
            section: item.section,
            kind: item.kind,
            title: item.title,
            reason: item.reason.code,
            reason_params: JSON.stringify(item.reason.params),
            link: item.link,
          })),
        )
        .execute();
    }
    await recordAudit(tx, actor, {
      networkId,
      action: 'session.agenda.take_over',
      objectType: 'session',
      objectId: meetingId,
      details: { added: fresh.length, skipped: generated.length - fresh.length },
    });
    return { items: await agendaOf(tx, networkId, meetingId) };
  });
}
