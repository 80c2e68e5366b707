import { createRoute, z } from '@hono/zod-openapi';
import { ErrorBodySchema } from '../../http/errors.ts';
import { errorResponses, jsonResponse, NetworkParams } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { MAX_IMPORT_ROWS } from './check-import-rows.ts';
import { exportPartners } from './export-partners.ts';
import { importPartners } from './import-partners.ts';
import { CSV_TYPE, XLSX_TYPE } from './read-partner-file.ts';

const tags = ['partners'];

const COLUMNS =
  'Columns (the header row; Dutch or English, any case): naam/name (required), sector (required: a code such as ggz, or its Dutch name such as "VVT / thuiszorg"), ' +
  'kvk, agb, ura (8 digits each), website, omschrijving/description, vertegenwoordiger_email/representative_email (addresses separated by ";"). ' +
  `Other columns, such as the profile columns of an export, are ignored and listed in ignoredColumns. At most ${MAX_IMPORT_ROWS} partners per file.`;

const RowIssueSchema = z.object({
  field: z.enum(['name', 'sector', 'kvk', 'agb', 'ura', 'website', 'description', 'representativeEmail']),
  code: z.enum([
    'required',
    'too_short',
    'too_long',
    'unknown_sector',
    'invalid_identifier',
    'invalid_url',
    'invalid_email',
    'duplicate_in_file',
    'duplicate_in_network',
    'already_member',
    'invalid',
  ]),
  message: z.string(),
  value: z.string().optional().openapi({ description: 'The value that is wrong, when naming it helps (an address, a sector, a name)' }),
  otherRow: z.number().int().optional().openapi({ description: 'For a duplicate in the file: the row where the value first appears' }),
});

const ImportRowSchema = z
  .object({
    row: z.number().int().openapi({ description: 'The row number in the spreadsheet (the header row is row 1 when it is the first)' }),
    name: z.string(),
    status: z.enum(['ok', 'error']),
    errors: z.array(RowIssueSchema),
  })
  .openapi('PartnerImportRow');

const ImportReportSchema = z
  .object({
    dryRun: z.boolean(),
    rows: z.array(ImportRowSchema),
    created: z.number().int().openapi({ description: 'Partners created; in a dry run without errors, the number an import would create' }),
    invited: z.number().int().openapi({ description: 'Representatives invited; in a dry run without errors, the number an import would invite' }),
    ignoredColumns: z.array(z.string()),
  })
  .openapi('PartnerImportReport');

const ImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .openapi({ param: { name: 'dryRun', in: 'query' }, description: 'true: only check the file and report per row' }),
});

const ExportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv').openapi({ param: { name: 'format', in: 'query' } }),
});

const fileBody = (description: string) => ({ schema: z.string().openapi({ format: 'binary', description }) });

export const partnerFileRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/partners/import',
      tags,
      summary: 'Import partners and invite their representatives from a CSV or XLSX file: all rows or none (coordinator)',
      description: `${COLUMNS} Any row with an error changes nothing: the answer is 400 with the row report (the rows array) as error details; a dry run answers 200 with the report.`,
      request: {
        params: NetworkParams,
        query: ImportQuery,
        body: {
          required: true,
          description: 'The file, at most 1 MB',
          content: {
            [CSV_TYPE]: fileBody('CSV in UTF-8 (with or without BOM) or Windows-1252, delimited by ";" or ",", fields quoted with "'),
            [XLSX_TYPE]: fileBody('An XLSX workbook; its sheet "Partners", or else its first sheet'),
          },
        },
      },
      responses: {
        200: jsonResponse(ImportReportSchema, 'The report per row; without a dry run, everything was created'),
        ...errorResponses,
        415: { description: 'The body is neither CSV nor XLSX (unsupported_media_type)', content: { 'application/json': { schema: ErrorBodySchema } } },
      },
    }),
    async (c) => {
      const file = new Uint8Array(await c.req.arrayBuffer());
      const report = await importPartners(c.var.deps, { ...callerOf(c), contentType: c.req.header('content-type'), file, dryRun: c.req.valid('query').dryRun === 'true' });
      return c.json(report, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/partners/export',
      tags,
      summary: 'The partners with their current profiles as a CSV or XLSX file (every role)',
      description: `CSV: UTF-8 with BOM, ";" delimited, for Dutch Excel. XLSX: one sheet "Partners". The columns are those of the import, then the profile: drijfveren, belangen, waarden, werklogica, aanbod, behoefte, talenten, achterban, risicos_achterban. Importing the file into another network creates the same partners.`,
      request: { params: NetworkParams, query: ExportQuery },
      responses: {
        200: {
          description: 'The file, as an attachment',
          content: { [CSV_TYPE]: fileBody('CSV'), [XLSX_TYPE]: fileBody('XLSX') },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const file = await exportPartners(c.var.deps, { membership: c.var.membership, format: c.req.valid('query').format });
      return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'cache-control': 'no-store',
      });
    },
  );
