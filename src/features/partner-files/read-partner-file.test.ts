import { describe, expect, it } from 'vitest';
import { declaredUnpackedSize, detectDelimiter, formatOf, readPartnerFile } from './read-partner-file.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading a partner file', () => {
  it('finds the delimiter of the header line, ignoring quoted text', () => {
    expect(detectDelimiter('naam;sector;kvk')).toBe(';');
    expect(detectDelimiter('name,sector')).toBe(',');
    expect(detectDelimiter('"naam, volledig";sector')).toBe(';');
    expect(detectDelimiter('naam\tsector')).toBe('\t');
    expect(detectDelimiter('naam')).toBe(',');
  });

  it('knows the two media types, with or without parameters', () => {
    expect(formatOf('text/csv; charset=utf-8')).toBe('csv');
    expect(formatOf('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('xlsx');
    expect(formatOf('application/json')).toBeNull();
    expect(formatOf(undefined)).toBeNull();
  });

  it("honours Excel's sep= line and strips the BOM", async () => {
    const sheet = await readPartnerFile('csv', bytes('\uFEFFsep=,\r\nnaam,sector\r\n"Wijkteam; Centrum",wijkteam\r\n'));
    expect(sheet.rows).toEqual([
      ['naam', 'sector'],
      ['Wijkteam; Centrum', 'wijkteam'],
    ]);
  });
});

describe('the zip guard of XLSX files', () => {
  it('reads the unpacked size a workbook declares, and refuses a damaged directory', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Partners').addRow(['naam', 'sector']);
    const file = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const size = declaredUnpackedSize(file);
    expect(size).toBeGreaterThan(file.byteLength);
    expect(size).toBeLessThan(100_000);
    expect(declaredUnpackedSize(file.slice(0, file.byteLength - 30))).toBeNull();
    await expect(readPartnerFile('xlsx', file.slice(0, file.byteLength - 30))).rejects.toThrow(/damaged/);
  });
});
