import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { restoreFormulaText } from '../../domain/partner-columns.ts';
import { invalid } from '../../errors.ts';

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export type PartnerFileFormat = 'csv' | 'xlsx';

/** A cell as read: text, or a number when a spreadsheet stored one (which may have lost leading zeros). */
export type RawCell = string | number;

/** The rows of a partner file, in sheet order: `rows[i]` is spreadsheet row `i + 1` (empty rows included). */
export interface PartnerSheet {
  format: PartnerFileFormat;
  rows: RawCell[][];
}

/** A problem with the file as a whole, answered as 400 with one issue on the path `file`. */
export function fileProblem(code: string, message: string) {
  return invalid(message, [{ path: ['file'], code, message }]);
}

/** The file format a request's content type names, or null for any other type. */
export function formatOf(contentType: string | undefined): PartnerFileFormat | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === CSV_TYPE) return 'csv';
  if (type === XLSX_TYPE) return 'xlsx';
  return null;
}

/** Reads a CSV or XLSX partner file into rows of cells; an unreadable file is a 400. */
export async function readPartnerFile(format: PartnerFileFormat, bytes: Uint8Array): Promise<PartnerSheet> {
  if (bytes.byteLength === 0) throw fileProblem('empty_file', 'The file is empty');
  // A NUL byte is in no text file (and PostgreSQL cannot store one); a workbook sent as CSV has many.
  if (format === 'csv' && bytes.includes(0)) throw fileProblem('unreadable_file', 'This is not a text (CSV) file');
  return format === 'csv' ? { format, rows: readCsv(bytes) } : { format, rows: await readXlsx(bytes) };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => ZIP_MAGIC.every((b, i) => bytes[i] === b);

/**
 * Text in UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as Windows-1252,
 * which Dutch Excel writes when it saves "CSV (gescheiden door lijstscheidingsteken)".
 */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The delimiter of the header line: whichever of ';', ',' and tab occurs most outside quotes. */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

function readCsv(bytes: Uint8Array): RawCell[][] {
  if (isZip(bytes)) throw fileProblem('unreadable_file', 'This looks like an XLSX file; send it as XLSX, or save it as CSV');
  let text = decodeText(bytes).replace(/^\uFEFF/, '');
  let delimiter: string | undefined;
  // Excel's "sep=;" hint line names the delimiter and is not part of the table.
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) {
    delimiter = hint[1];
    text = text.slice(hint[0].length);
  }
  delimiter ??= detectDelimiter(text.split(/\r?\n/, 1)[0] ?? '');
  try {
    const records: string[][] = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false });
    return records.map((record) => record.map(restoreFormulaText));
  } catch (err) {
    throw fileProblem('unreadable_file', `The CSV file cannot be read: ${(err as Error).message}`);
  }
}

/** An XLSX file of 1 MB holds far less than this once unpacked; more is a zip bomb. */
const MAX_UNPACKED_BYTES = 40 * 1024 * 1024;

/**
 * The unpacked size a zip declares in its central directory, or null when that cannot be read
 * (no end record, or a zip64 archive, which no partner list needs).
 */
export function declaredUnpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return null;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

async function readXlsx(bytes: Uint8Array): Promise<RawCell[][]> {
  if (!isZip(bytes)) throw fileProblem('unreadable_file', 'This is not an XLSX file (an old .xls or a CSV?); save it as XLSX or CSV');
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked === null) throw fileProblem('unreadable_file', 'The XLSX file cannot be read: its zip directory is damaged');
  if (unpacked > MAX_UNPACKED_BYTES) throw fileProblem('too_many_rows', 'The XLSX file unpacks to more than 40 MB');
  // Loaded on first use: exceljs is the heaviest module and only imports and exports need it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw fileProblem('unreadable_file', `The XLSX file cannot be read: ${(err as Error).message}`);
  }
  const sheet = workbook.worksheets.find((ws) => ws.name.trim().toLowerCase() === 'partners') ?? workbook.worksheets[0];
  if (!sheet) throw fileProblem('empty_file', 'The workbook has no sheet');
  const rows: RawCell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellValue(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

/** The value of an XLSX cell as text (or a number), whatever Excel stored: rich text, a link, a formula's result. */
function cellValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellValue(value.text as ExcelJS.CellValue);
  if ('result' in value) return cellValue((value.result ?? '') as ExcelJS.CellValue);
  if ('error' in value) return '';
  return String(value);
}
