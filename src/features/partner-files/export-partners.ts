import type { AppDeps } from '../../deps.ts';
import { dutchToday } from '../../domain/calendar.ts';
import type { Membership } from '../../domain/membership.ts';
import { EXPORT_HEADERS, fileNameSlug } from '../../domain/partner-columns.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { CSV_TYPE, XLSX_TYPE, type PartnerFileFormat } from './read-partner-file.ts';
import { partnerCsv, partnerXlsx } from './write-partner-file.ts';

export interface PartnerExport {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * The network's partners with their current profile and their representatives' addresses, one
 * row per partner in name order, as a CSV or XLSX file that `importPartners` reads back; the file
 * is named after the network and today's date.
 */
export async function exportPartners({ db, clock }: AppDeps, { membership, format }: { membership: Membership; format: PartnerFileFormat }): Promise<PartnerExport> {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const today = dutchToday(clock.now());
  const network = await db.selectFrom('networks').select('name').where('id', '=', networkId).executeTakeFirst();
  if (!network) throw notFound('Network not found');
  const partners = await db
    .selectFrom('partners as p')
    .leftJoin('partner_profile_versions as v', (join) =>
      join
        .onRef('v.partner_id', '=', 'p.id')
        .on((eb) =>
          eb('v.version', '=', eb.selectFrom('partner_profile_versions as w').select((w) => w.fn.max('w.version').as('latest')).whereRef('w.partner_id', '=', 'p.id')),
        ),
    )
    .select([
      'p.id',
      'p.name',
      'p.sector',
      'p.kvk',
      'p.agb',
      'p.ura',
      'p.website',
      'p.description',
      'v.drivers',
      'v.interests',
      'v.values',
      'v.work_logic',
      'v.offer',
      'v.need',
      'v.competences',
      'v.constituency',
      'v.constituency_risks',
    ])
    .where('p.network_id', '=', networkId)
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
  const representatives = await db
    .selectFrom('network_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.partner_id', 'u.email'])
    .where('m.network_id', '=', networkId)
    .where('m.role', '=', 'representative')
    .orderBy('u.email')
    .execute();
  const emailsOf = new Map<string, string[]>();
  for (const r of representatives) if (r.partner_id) emailsOf.set(r.partner_id, [...(emailsOf.get(r.partner_id) ?? []), r.email]);

  const rows = partners.map((p) => [
    p.name,
    p.sector,
    p.kvk ?? '',
    p.agb ?? '',
    p.ura ?? '',
    p.website ?? '',
    p.description,
    (emailsOf.get(p.id) ?? []).join('; '),
    p.drivers ?? '',
    p.interests ?? '',
    p.values ?? '',
    p.work_logic ?? '',
    p.offer ?? '',
    p.need ?? '',
    p.competences ?? '',
    p.constituency ?? '',
    p.constituency_risks ?? '',
  ]);
  const fileName = `partners-${fileNameSlug(network.name)}-${today}.${format}`;
  return format === 'csv'
    ? { fileName, contentType: `${CSV_TYPE}; charset=utf-8`, bytes: partnerCsv(EXPORT_HEADERS, rows) }
    : { fileName, contentType: XLSX_TYPE, bytes: await partnerXlsx(EXPORT_HEADERS, rows) };
}
