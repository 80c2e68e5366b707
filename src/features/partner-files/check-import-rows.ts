import type { z } from '@hono/zod-openapi';
import { columnLayout, sectorFromText, splitEmails, type ImportColumn } from '../../domain/partner-columns.ts';
import { Email } from '../accounts/account-fields.ts';
import { PartnerInput } from '../partners/partner-input.ts';
import { fileProblem, type PartnerSheet, type RawCell } from './read-partner-file.ts';

export const MAX_IMPORT_ROWS = 2000;

/** Why a row cannot be imported; the web app words each code in the reader's language. */
export type RowIssueCode =
  | 'required'
  | 'too_short'
  | 'too_long'
  | 'unknown_sector'
  | 'invalid_identifier'
  | 'invalid_url'
  | 'invalid_email'
  | 'duplicate_in_file'
  | 'duplicate_in_network'
  | 'already_member'
  | 'invalid';

export interface RowIssue {
  field: ImportColumn;
  code: RowIssueCode;
  message: string;
  /** The value that is wrong (an address, a sector, a name), when it helps to name it. */
  value?: string;
  /** For a duplicate in the file: the row where the value first appears. */
  otherRow?: number;
}

export interface RowReport {
  row: number;
  name: string;
  status: 'ok' | 'error';
  errors: RowIssue[];
}

export interface ImportablePartner {
  row: number;
  input: PartnerInput;
  representativeEmails: string[];
}

/** What the network already holds that an import must not repeat. */
export interface ImportContext {
  /** Partner names in lower case. */
  partnerNames: Set<string>;
  /** Addresses (lower case) of people who already hold a role in the network. */
  memberEmails: Set<string>;
}

export interface CheckedImport {
  rows: RowReport[];
  partners: ImportablePartner[];
  ignoredColumns: string[];
}

const IDENTIFIERS = new Set<ImportColumn>(['kvk', 'agb', 'ura']);

/**
 * A cell as text with '\n' line breaks; a number in an identifier column (a spreadsheet dropped
 * its leading zeros) gets them back.
 */
function cellText(cell: RawCell | undefined, column: ImportColumn): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') {
    const digits = String(cell);
    return IDENTIFIERS.has(column) && /^\d{1,8}$/.test(digits) ? digits.padStart(8, '0') : digits;
  }
  return cell.replace(/\r\n?/g, '\n').trim();
}

const isBlank = (row: RawCell[] | undefined) => !row || row.every((cell) => String(cell).trim() === '');

/** The header row (the first row with text in it) and the rows after it, with their sheet numbers. */
function tableOf(sheet: PartnerSheet) {
  const headerIndex = sheet.rows.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) throw fileProblem('empty_file', 'The file has no header row');
  const header = sheet.rows[headerIndex]!.map((cell) => String(cell));
  const body = sheet.rows
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(headerIndex + 1)
    .filter(({ cells }) => !isBlank(cells));
  if (body.length === 0) throw fileProblem('empty_file', 'The file has a header row but no partners');
  if (body.length > MAX_IMPORT_ROWS) throw fileProblem('too_many_rows', `A file may hold at most ${MAX_IMPORT_ROWS} partners`);
  return { header, body };
}

/** The columns of the header row; a file without a name or sector column, or with one twice, is refused. */
function readLayout(sheet: PartnerSheet) {
  const { header, body } = tableOf(sheet);
  const layout = columnLayout(header);
  if (layout.duplicates.length) throw fileProblem('duplicate_column', `A column appears twice: ${layout.duplicates.join(', ')}`);
  for (const required of ['name', 'sector'] as const) {
    if (layout.columns[required] === undefined) {
      throw fileProblem(`missing_${required}_column`, `The header row has no "${required === 'name' ? 'naam' : 'sector'}" column`);
    }
  }
  return { layout, body };
}

function issueFor(issue: z.core.$ZodIssue, raw: Record<string, string>): RowIssue {
  const field = String(issue.path[0] ?? 'name') as ImportColumn;
  const empty = (raw[field] ?? '') === '';
  if (field === 'sector') {
    return empty ? { field, code: 'required', message: 'A sector is required' } : { field, code: 'unknown_sector', message: `Unknown sector "${raw.sector}"`, value: raw.sector };
  }
  if (IDENTIFIERS.has(field)) return { field, code: 'invalid_identifier', message: issue.message, value: raw[field] };
  if (field === 'website') return { field, code: 'invalid_url', message: 'A website is an address starting with http:// or https://', value: raw.website };
  if (issue.code === 'too_small') return { field, code: empty ? 'required' : 'too_short', message: empty ? `The ${field} is required` : issue.message };
  if (issue.code === 'too_big') return { field, code: 'too_long', message: issue.message };
  return { field, code: 'invalid', message: issue.message };
}

/**
 * Checks every row of a partner file with the same rules as creating a partner by hand
 * (PartnerInput), plus the representatives' addresses and duplicates within the file and
 * against the network. Returns a report per row and the partners that may be created.
 */
export function checkImportRows(sheet: PartnerSheet, known: ImportContext): CheckedImport {
  const { layout, body } = readLayout(sheet);
  const firstRowOfName = new Map<string, number>();
  const firstRowOfEmail = new Map<string, number>();
  const rows: RowReport[] = [];
  const partners: ImportablePartner[] = [];

  for (const { cells, row } of body) {
    const raw = {} as Record<ImportColumn, string>;
    for (const column of Object.keys(layout.columns) as ImportColumn[]) raw[column] = cellText(cells[layout.columns[column]!], column);
    const errors: RowIssue[] = [];

    const sector = sectorFromText(raw.sector ?? '');
    const parsed = PartnerInput.safeParse({
      name: raw.name ?? '',
      sector: sector ?? raw.sector ?? '',
      kvk: raw.kvk || undefined,
      agb: raw.agb || undefined,
      ura: raw.ura || undefined,
      website: raw.website || undefined,
      description: raw.description || undefined,
    });
    if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => issueFor(issue, raw)));

    const name = (raw.name ?? '').trim();
    const nameKey = name.toLowerCase();
    if (nameKey !== '') {
      const earlier = firstRowOfName.get(nameKey);
      if (earlier !== undefined) errors.push({ field: 'name', code: 'duplicate_in_file', message: `The name "${name}" is also in row ${earlier}`, value: name, otherRow: earlier });
      else firstRowOfName.set(nameKey, row);
      if (known.partnerNames.has(nameKey)) errors.push({ field: 'name', code: 'duplicate_in_network', message: `A partner named "${name}" already exists in this network`, value: name });
    }

    const emails = [...new Set(splitEmails(raw.representativeEmail ?? '').map((e) => e.toLowerCase()))];
    for (const email of emails) {
      if (!Email.safeParse(email).success) {
        errors.push({ field: 'representativeEmail', code: 'invalid_email', message: `"${email}" is not a valid e-mail address`, value: email });
        continue;
      }
      const earlier = firstRowOfEmail.get(email);
      if (earlier !== undefined) {
        errors.push({ field: 'representativeEmail', code: 'duplicate_in_file', message: `${email} is also in row ${earlier}`, value: email, otherRow: earlier });
      } else firstRowOfEmail.set(email, row);
      if (known.memberEmails.has(email)) errors.push({ field: 'representativeEmail', code: 'already_member', message: `${email} already has a role in this network`, value: email });
    }

    rows.push({ row, name, status: errors.length ? 'error' : 'ok', errors });
    if (parsed.success && errors.length === 0) partners.push({ row, input: parsed.data, representativeEmails: emails });
  }
  return { rows, partners, ignoredColumns: layout.ignored };
}
