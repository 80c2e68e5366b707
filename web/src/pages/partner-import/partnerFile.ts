import { api, ApiError, unwrap } from '../../api.ts';
import type { components } from '../../api.gen.ts';

export type ImportReport = components['schemas']['PartnerImportReport'];
export type ImportRow = components['schemas']['PartnerImportRow'];
export type RowIssue = ImportRow['errors'][number];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A chosen file, read into memory: the import sends exactly the bytes the preview checked. */
export interface PartnerFile {
  name: string;
  type: string;
  bytes: ArrayBuffer;
}

/**
 * Reads a chosen file. Its media type follows the extension, because Windows calls a .csv
 * "application/vnd.ms-excel" when Excel is installed.
 */
export async function readChosenFile(file: File): Promise<PartnerFile> {
  return { name: file.name, type: /\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'text/csv', bytes: await file.arrayBuffer() };
}

/** Sends a partner file to the import; with `dryRun` the server only checks it. */
export function sendPartnerFile(networkId: string, file: PartnerFile, dryRun: boolean): Promise<ImportReport> {
  return unwrap(
    api.POST('/api/networks/{networkId}/partners/import', {
      params: { path: { networkId }, query: { dryRun: dryRun ? 'true' : 'false' } },
      body: file.bytes as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'content-type': file.type },
    }),
  );
}

/** The row report of an import that was refused (400 with the rows as details), if that is what `error` is. */
export function refusedRows(error: unknown): ImportRow[] | null {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed' || !Array.isArray(error.details)) return null;
  const rows = error.details as unknown[];
  return rows.every((r) => typeof r === 'object' && r !== null && 'row' in r && 'errors' in r) && rows.length > 0 ? (rows as ImportRow[]) : null;
}

/** The code of a problem with the file as a whole (`details: [{ path: ['file'], code }]`), if that is what `error` is. */
export function fileProblemCode(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const issue = error.fieldIssues.find((i) => i.path[0] === 'file');
  return issue?.code ?? null;
}
