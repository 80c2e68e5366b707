import type { Queryable } from '../../db/transaction.ts';
import { historyConfirmationStatus } from '../../domain/history-confirmation.ts';
import { historyChangesByPartner } from './history-changes.ts';

interface PartnerRow {
  id: string;
  name: string;
}

/**
 * The confirmation status of each partner's shared-history overview (DESIGN §5.5), in the order of
 * `partners`: confirmed, or not (never, withdrawn, or stale since a later change).
 */
export async function historyConfirmationStatuses(q: Queryable, networkId: string, partners: readonly PartnerRow[]) {
  const ids = partners.map((p) => p.id);
  const rows =
    ids.length === 0
      ? []
      : await q
          .selectFrom('history_confirmations as c')
          .innerJoin('users as u', 'u.id', 'c.confirmed_by')
          .select(['c.partner_id', 'c.confirmed_at', 'c.confirmed_by', 'u.name'])
          .where('c.network_id', '=', networkId)
          .where('c.partner_id', 'in', ids)
          .execute();
  const confirmations = new Map(rows.map((r) => [r.partner_id, { confirmedAt: r.confirmed_at, confirmedBy: { id: r.confirmed_by, name: r.name } }]));
  const earliest = rows.reduce<Date | null>((min, r) => (min === null || r.confirmed_at < min ? r.confirmed_at : min), null);
  const changes = earliest ? await historyChangesByPartner(q, networkId, earliest) : new Map<string, Date[]>();
  return partners.map((partner) => {
    const status = historyConfirmationStatus(confirmations.get(partner.id) ?? null, changes.get(partner.id) ?? []);
    return {
      partnerId: partner.id,
      partnerName: partner.name,
      confirmed: status.confirmed,
      confirmedAt: status.confirmedAt?.toISOString() ?? null,
      confirmedBy: status.confirmedBy,
      ...(status.staleSince ? { staleSince: status.staleSince.toISOString() } : {}),
    };
  });
}
