import type { Selectable } from 'kysely';
import type { PartnersTable } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import { profileCompleteness } from '../../domain/profile-completeness.ts';
import { historyConfirmationStatuses } from '../history/history-confirmation-view.ts';
import { latestProfiles, profileText } from './profile-view.ts';

export type PartnerRow = Selectable<PartnersTable>;

/** A partner of the network, or 404 (also for a partner of another network). */
export async function findPartner(q: Queryable, networkId: string, partnerId: string, options: { lock?: boolean } = {}): Promise<PartnerRow> {
  let query = q.selectFrom('partners').selectAll().where('id', '=', partnerId).where('network_id', '=', networkId);
  if (options.lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('Partner not found');
  return row;
}

/**
 * Partners as the API shows them: their details with their representatives, whether their
 * profile is complete for stage 1 and when they confirmed their shared history. One query per
 * kind of fact for the whole list, not one per partner.
 */
export async function toPartnerViews(q: Queryable, networkId: string, rows: PartnerRow[]) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [representatives, profiles, confirmations] = await Promise.all([
    q
      .selectFrom('network_members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.partner_id', 'm.user_id', 'u.name'])
      .where('m.network_id', '=', networkId)
      .where('m.role', '=', 'representative')
      .where('m.partner_id', 'in', ids)
      .orderBy('u.name')
      .execute(),
    latestProfiles(q, networkId, ids),
    historyConfirmationStatuses(q, networkId, rows),
  ]);
  // Only a confirmation that still holds counts: a later change to the partner's history makes it stale.
  const confirmedAt = new Map(confirmations.filter((c) => c.confirmed).map((c) => [c.partnerId, c.confirmedAt]));
  return rows.map((row) => {
    const profile = profiles.get(row.id);
    return {
      id: row.id,
      name: row.name,
      sector: row.sector,
      kvk: row.kvk,
      agb: row.agb,
      ura: row.ura,
      website: row.website,
      description: row.description,
      version: row.version,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
      representatives: representatives.filter((r) => r.partner_id === row.id).map((r) => ({ userId: r.user_id, name: r.name })),
      profile: {
        version: profile?.version ?? 0,
        complete: profile ? profileCompleteness(profileText(profile)).complete : false,
        savedAt: profile ? profile.created_at.toISOString() : null,
      },
      historyConfirmedAt: confirmedAt.get(row.id) ?? null,
    };
  });
}

/** One partner as the API shows it. */
export async function toPartnerView(q: Queryable, networkId: string, row: PartnerRow) {
  const [view] = await toPartnerViews(q, networkId, [row]);
  return view!;
}
