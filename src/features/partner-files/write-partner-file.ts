import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '../../domain/partner-columns.ts';

/** Columns that hold long text: wide and wrapped in the XLSX sheet. */
const LONG_TEXT_FROM = 6;

/**
 * A table as CSV for Dutch Excel: UTF-8 with a BOM (so Excel reads the accents right), ';' as
 * delimiter, CRLF line ends, and text that looks like a formula made harmless.
 */
export function partnerCsv(headers: string[], rows: string[][]): Uint8Array {
  const text = stringify([headers, ...rows.map((row) => row.map(neutralizeFormula))], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    // A line break inside a cell (Alt+Enter in Excel) must be quoted too, not only CRLF.
    quote_record_delimiter: true,
  });
  return new TextEncoder().encode(text);
}

/**
 * A table as an XLSX workbook with one sheet "Partners": bold, frozen header row, identifiers
 * stored as text so leading zeros survive, long text wrapped. Cells are never formulas.
 */
export async function partnerXlsx(headers: string[], rows: string[][]): Promise<Uint8Array> {
  // Loaded on first use: exceljs is the heaviest module and only imports and exports need it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Ketenregie';
  const sheet = workbook.addWorksheet('Partners', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header, index) => ({
    header,
    key: header,
    width: index === 0 ? 32 : index < LONG_TEXT_FROM ? 16 : 48,
    style: { numFmt: '@', alignment: index >= LONG_TEXT_FROM ? { wrapText: true, vertical: 'top' } : { vertical: 'top' } },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
