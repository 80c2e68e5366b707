import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AgreementKind } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import type { AgreementStatus } from '../../domain/agreement.ts';
import { dutchToday } from '../../domain/calendar.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { toAgreementViews } from './agreement-view.ts';

export interface AgreementFilter {
  limit: number;
  cursor?: string | undefined;
  status?: AgreementStatus | undefined;
  kind?: AgreementKind | undefined;
}

/** The network's agreements, newest first, one page at a time, optionally of one status or kind. */
export async function listAgreements({ db, clock }: AppDeps, { membership, filter }: { membership: Membership; filter: AgreementFilter }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const today = dutchToday(clock.now());
  const cursor = decodeCursor(filter.cursor);
  let query = db.selectFrom('agreements as a').selectAll('a').where('a.network_id', '=', networkId);
  if (filter.kind) query = query.where('a.kind', '=', filter.kind);
  switch (filter.status) {
    case 'ended':
      query = query.where('a.ended_at', 'is not', null);
      break;
    case 'in_force':
      query = query.where('a.ended_at', 'is', null).where('a.version_in_force', 'is not', null);
      break;
    case 'proposed':
      query = query.where('a.ended_at', 'is', null).where('a.version_in_force', 'is', null).where('a.proposed_version', 'is not', null);
      break;
    case 'draft':
      query = query.where('a.ended_at', 'is', null).where('a.version_in_force', 'is', null).where('a.proposed_version', 'is', null);
      break;
    default:
  }
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 'a.created_at', 'a.id'));
  const rows = await query.orderBy('a.created_at', 'desc').orderBy('a.id', 'desc').limit(filter.limit + 1).execute();
  const { items, nextCursor } = toPage(rows, filter.limit, (r) => r);
  return { items: await toAgreementViews(db, { networkId, rows: items, today }), nextCursor };
}
