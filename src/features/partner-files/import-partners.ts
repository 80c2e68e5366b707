import { inTransaction, type Queryable } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { AppError, invalid } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { insertInvitation } from '../invitations/insert-invitation.ts';
import { insertPartner } from '../partners/insert-partner.ts';
import { checkImportRows, type ImportContext, type RowReport } from './check-import-rows.ts';
import { CSV_TYPE, formatOf, readPartnerFile, XLSX_TYPE } from './read-partner-file.ts';

export interface ImportReport {
  dryRun: boolean;
  rows: RowReport[];
  /** Partners created (in a dry run: that an import would create). */
  created: number;
  /** Representatives invited (in a dry run: that an import would invite). */
  invited: number;
  /** Columns the import does not read, such as the profile columns of an export. */
  ignoredColumns: string[];
}

/** The partner names and member addresses already in the network, to refuse duplicates. */
async function importContext(q: Queryable, networkId: string): Promise<ImportContext> {
  const partners = await q.selectFrom('partners').select('name').where('network_id', '=', networkId).execute();
  const members = await q
    .selectFrom('network_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.email')
    .where('m.network_id', '=', networkId)
    .execute();
  return {
    partnerNames: new Set(partners.map((p) => p.name.trim().toLowerCase())),
    memberEmails: new Set(members.map((m) => m.email.toLowerCase())),
  };
}

export interface ImportPartnersOptions extends NetworkCaller {
  /** The request's content type: CSV or XLSX (415 otherwise). */
  contentType: string | undefined;
  /** The file as sent. */
  file: Uint8Array;
  /** Only check the file and report per row. */
  dryRun: boolean;
}

/**
 * Imports partners and their representatives from a CSV or XLSX partner file (coordinator): all
 * rows or none. A dry run only checks and reports. Otherwise, in one transaction, it creates every
 * partner, invites every representative (the mails go out only if it commits) and records one
 * audit entry; any row with an error refuses the whole file with 400 and the row report as details.
 */
export async function importPartners(deps: AppDeps, { actor, membership, contentType, file, dryRun }: ImportPartnersOptions): Promise<ImportReport> {
  permit(membership, 'partner.manage');
  const { networkId } = membership;
  const format = formatOf(contentType);
  if (!format) throw new AppError('unsupported_media_type', `Send the file as ${CSV_TYPE} or ${XLSX_TYPE}`);
  const sheet = await readPartnerFile(format, file);
  const now = deps.clock.now();
  if (dryRun) {
    const checked = checkImportRows(sheet, await importContext(deps.db, networkId));
    const clean = checked.partners.length === checked.rows.length;
    return {
      dryRun: true,
      rows: checked.rows,
      created: clean ? checked.partners.length : 0,
      invited: clean ? checked.partners.reduce((n, p) => n + p.representativeEmails.length, 0) : 0,
      ignoredColumns: checked.ignoredColumns,
    };
  }
  return inTransaction(deps.db, async (tx) => {
    const checked = checkImportRows(sheet, await importContext(tx, networkId));
    if (checked.partners.length !== checked.rows.length) {
      const failing = checked.rows.filter((r) => r.status === 'error').length;
      throw invalid(`${failing} of ${checked.rows.length} rows have errors; nothing was imported`, checked.rows);
    }
    let invited = 0;
    for (const { input, representativeEmails } of checked.partners) {
      const partner = await insertPartner(tx, { networkId, partner: input, now });
      for (const email of representativeEmails) {
        await insertInvitation(tx, deps, { networkId, inviterId: actor.userId, invitation: { email, role: 'representative', partnerId: partner.id }, now });
        invited++;
      }
    }
    const created = checked.partners.length;
    await recordAudit(tx, actor, {
      networkId,
      action: 'partners.import',
      objectType: 'network',
      objectId: networkId,
      details: { format: sheet.format, created, invited },
    });
    return { dryRun: false, rows: checked.rows, created, invited, ignoredColumns: checked.ignoredColumns };
  });
}
