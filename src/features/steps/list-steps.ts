import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { StepServesKind } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { dutchToday } from '../../domain/calendar.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { selectSteps, toStepViews } from './step-view.ts';

type StepStatus = 'open' | 'claimed' | 'done' | 'dropped';

export interface StepFilters {
  limit: number;
  cursor?: string | undefined;
  status?: StepStatus | undefined;
  servesKind?: StepServesKind | undefined;
  servesId?: string | undefined;
  mine?: 'true' | 'false' | undefined;
  overdue?: 'true' | 'false' | undefined;
}

export interface ListStepsOptions {
  membership: Membership;
  /** The caller, for `mine`. */
  userId: string;
  filter: StepFilters;
}

/** The network's steps, newest first, one page at a time; `mine` means claimed by the caller. */
export async function listSteps({ db, clock }: AppDeps, { membership, userId, filter: filters }: ListStepsOptions) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const cursor = decodeCursor(filters.cursor);
  const now = clock.now();
  let query = selectSteps(db).where('s.network_id', '=', networkId);
  if (filters.status) query = query.where('s.status', '=', filters.status);
  if (filters.servesKind) query = query.where('s.serves_kind', '=', filters.servesKind);
  if (filters.servesId) query = query.where('s.serves_id', '=', filters.servesId);
  if (filters.mine === 'true') query = query.where('s.claimed_by', '=', userId);
  if (filters.overdue === 'true') query = query.where('s.status', 'in', ['open', 'claimed']).where('s.due_on', '<', dutchToday(now));
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 's.created_at', 's.id'));
  const rows = await query.orderBy('s.created_at', 'desc').orderBy('s.id', 'desc').limit(filters.limit + 1).execute();
  const page = toPage(rows, filters.limit, (r) => r);
  return { items: await toStepViews(db, page.items, now), nextCursor: page.nextCursor };
}

/** How many steps the network has per status, and how many are overdue (for the board's headers). */
export async function countSteps({ db, clock }: AppDeps, { membership }: { membership: Membership }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const rows = await db
    .selectFrom('steps')
    .select((eb) => ['status', eb.fn.countAll<string>().as('n')])
    .where('network_id', '=', networkId)
    .groupBy('status')
    .execute();
  const overdue = await db
    .selectFrom('steps')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('network_id', '=', networkId)
    .where('status', 'in', ['open', 'claimed'])
    .where('due_on', '<', dutchToday(clock.now()))
    .executeTakeFirstOrThrow();
  const counts = { open: 0, claimed: 0, done: 0, dropped: 0, overdue: Number(overdue.n) };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}
