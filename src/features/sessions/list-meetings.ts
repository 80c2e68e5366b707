import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { AppError } from '../../errors.ts';
import { hasConsequence } from '../decisions/decision-view.ts';

// Sessions are listed by the day they are held, so the cursor is (held_on, id), not (created_at, id).
function encode(row: { held_on: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.held_on, row.id])).toString('base64url');
}

function decode(cursor: string | undefined): { heldOn: string; id: string } | null {
  if (!cursor) return null;
  try {
    const [heldOn, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof heldOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(heldOn) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) throw new Error('bad cursor');
    return { heldOn, id };
  } catch {
    throw new AppError('validation_failed', 'The cursor is not valid', [{ path: ['cursor'], message: 'Invalid cursor' }]);
  }
}

/**
 * The network's sessions, latest date first, one page at a time, with counts of their parts. The
 * counts are subqueries of the one query, so they run for the rows of the page only.
 */
export async function listMeetings({ db }: AppDeps, { membership, filter: page }: { membership: Membership; filter: { limit: number; cursor?: string | undefined } }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const cursor = decode(page.cursor);
  let query = db
    .selectFrom('meetings as m')
    .select(['m.id', 'm.title', 'm.held_on', 'm.published_at', 'm.version', 'm.created_at'])
    .select((eb) => [
      eb.selectFrom('meeting_participants as p').select(eb.fn.countAll().as('n')).whereRef('p.meeting_id', '=', 'm.id').as('participants'),
      eb.selectFrom('meeting_agenda_items as a').select(eb.fn.countAll().as('n')).whereRef('a.meeting_id', '=', 'm.id').as('agenda_items'),
      eb.selectFrom('decisions as d').select(eb.fn.countAll().as('n')).whereRef('d.meeting_id', '=', 'm.id').as('decisions'),
      eb
        .selectFrom('decisions as d')
        .select(eb.fn.countAll().as('n'))
        .whereRef('d.meeting_id', '=', 'm.id')
        .where((inner) => inner.not(hasConsequence(inner)))
        .as('flagged'),
    ])
    .where('m.network_id', '=', networkId);
  if (cursor) {
    query = query.where((eb) => eb.or([eb('m.held_on', '<', cursor.heldOn), eb.and([eb('m.held_on', '=', cursor.heldOn), eb('m.id', '<', cursor.id)])]));
  }
  const rows = await query.orderBy('m.held_on', 'desc').orderBy('m.id', 'desc').limit(page.limit + 1).execute();
  const more = rows.length > page.limit;
  const pageRows = more ? rows.slice(0, page.limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map((row) => ({
      id: row.id,
      title: row.title,
      heldOn: row.held_on,
      participants: Number(row.participants ?? 0),
      agendaItems: Number(row.agenda_items ?? 0),
      decisions: Number(row.decisions ?? 0),
      changesNothingTomorrow: Number(row.flagged ?? 0),
      publishedAt: row.published_at?.toISOString() ?? null,
      version: row.version,
      createdAt: row.created_at.toISOString(),
    })),
    nextCursor: more && last ? encode(last) : null,
  };
}
