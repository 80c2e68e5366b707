import type { Selectable } from 'kysely';
import type { PartnerProfileVersionsTable } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import { emptyProfileText, type ProfileText } from '../../domain/profile.ts';
import { profileCompleteness } from '../../domain/profile-completeness.ts';

export type ProfileRow = Selectable<PartnerProfileVersionsTable> & { author_name: string | null };

/** The profile texts of a stored version, with the API's field names. */
export function profileText(row: Selectable<PartnerProfileVersionsTable>): ProfileText {
  return {
    drivers: row.drivers,
    interests: row.interests,
    values: row.values,
    workLogic: row.work_logic,
    offer: row.offer,
    need: row.need,
    competences: row.competences,
    constituency: row.constituency,
    constituencyRisks: row.constituency_risks,
  };
}

/** A partner's profile as the API shows it; version 0 with empty fields when nobody wrote it yet. */
export function toProfileView(partnerId: string, row: ProfileRow | undefined) {
  const text = row ? profileText(row) : emptyProfileText();
  return {
    partnerId,
    version: row?.version ?? 0,
    ...text,
    changeNote: row?.change_note ?? '',
    author: row ? { id: row.author_id, name: row.author_name ?? '' } : null,
    savedAt: row ? row.created_at.toISOString() : null,
    ...profileCompleteness(text),
  };
}

/**
 * The newest profile version of each partner of a network (of the given partners only, when
 * `partnerIds` is set), with its author's name. Partners without a profile have no row.
 */
export async function latestProfiles(q: Queryable, networkId: string, partnerIds?: string[]): Promise<Map<string, ProfileRow>> {
  if (partnerIds && partnerIds.length === 0) return new Map();
  let newest = q
    .selectFrom('partner_profile_versions')
    .select('partner_id')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('network_id', '=', networkId)
    .groupBy('partner_id');
  if (partnerIds) newest = newest.where('partner_id', 'in', partnerIds);
  const rows = await q
    .selectFrom('partner_profile_versions as v')
    .innerJoin(newest.as('n'), (join) => join.onRef('n.partner_id', '=', 'v.partner_id').onRef('n.version', '=', 'v.version'))
    .leftJoin('users as u', 'u.id', 'v.author_id')
    .selectAll('v')
    .select('u.name as author_name')
    .execute();
  return new Map(rows.map((r) => [r.partner_id, r]));
}
