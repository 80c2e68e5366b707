import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { EVERY_READER, permit } from '../../domain/permissions.ts';
import { conflict, invalid } from '../../errors.ts';
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

/** A chosen item of the generated agenda, named as the generated agenda names it, with its time box. */
export interface AgendaPick {
  kind: string;
  title: string;
  link: string | null;
  reason: string;
  timeBoxMinutes?: number | null | undefined;
}

type ItemKey = { kind: string; title: string; link: string | null; reason: string };
const keyOf = (item: GeneratedAgendaItem): ItemKey => ({ kind: item.kind, title: item.title, link: item.link, reason: item.reason.code });
const sameItem = (a: ItemKey, b: ItemKey) => a.kind === b.kind && a.title === b.title && a.link === b.link && a.reason === b.reason;

/** The generated items the coordinator picked, in the order of the picks, each with its time box. */
function pickedItems(generated: readonly GeneratedAgendaItem[], picks: readonly AgendaPick[]) {
  const doubles = picks.flatMap((pick, index) => (picks.findIndex((other) => sameItem(other, pick)) === index ? [] : [{ path: ['picks', index], message: 'Picked twice' }]));
  if (doubles.length > 0) throw invalid('Pick each item once', doubles);
  const gone = picks.flatMap((pick, index) => (generated.some((item) => sameItem(keyOf(item), pick)) ? [] : [{ index, title: pick.title }]));
  if (gone.length > 0) throw conflict('Some picked items are no longer on the generated agenda; reload it and pick again', { gone });
  return picks.map((pick) => ({ item: generated.find((item) => sameItem(keyOf(item), pick))!, timeBoxMinutes: pick.timeBoxMinutes ?? null }));
}

/**
 * Takes over the generated agenda (…/agenda, as every reader of the network may see it now) into a
 * session's agenda (coordinator), with each item's section, kind, reason and link. With `picks`
 * only the chosen items are appended, in the order of the picks and with their time boxes;
 * without, every item in the generated order. Items the session already took over are skipped, so
 * taking it over twice adds only what is new; a pick that is no longer generated gets 409.
 * Returns the whole agenda.
 */
export async function takeOverAgenda(deps: AppDeps, { actor, membership, meetingId, picks }: NetworkCaller & { meetingId: string; picks?: readonly AgendaPick[] | undefined }) {
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
    const chosen = picks ? pickedItems(generated, picks) : generated.map((item) => ({ item, timeBoxMinutes: null }));
    const fresh = chosen.filter(({ item }) => !existing.some((e) => sameItem(e, keyOf(item))));
    let position = await nextPosition(tx, meetingId);
    if (fresh.length > 0) {
      await tx
        .insertInto('meeting_agenda_items')
        .values(
          fresh.map(({ item, timeBoxMinutes }) => ({
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
            time_box_minutes: timeBoxMinutes,
          })),
        )
        .execute();
    }
    await recordAudit(tx, actor, {
      networkId,
      action: 'session.agenda.take_over',
      objectType: 'session',
      objectId: meetingId,
      details: { added: fresh.length, skipped: chosen.length - fresh.length, picked: picks !== undefined },
    });
    return { items: await agendaOf(tx, networkId, meetingId) };
  });
}
