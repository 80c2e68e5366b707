import { createRoute, z } from '@hono/zod-openapi';
import Negotiator from 'negotiator';
import { errorResponses, NetworkParams } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { callerOf } from '../../http/session.ts';
import { SessionParams } from '../sessions/schemas.ts';
import { networkReportPdf } from './network-report-pdf.ts';
import type { ReportLanguage } from './pdf-writer.ts';
import { sessionMinutesPdf } from './session-minutes-pdf.ts';

const PDF_TYPE = 'application/pdf';
const LANGUAGES: ReportLanguage[] = ['nl', 'en'];
const tags = ['reports'];

const LanguageQuery = z.object({
  lang: z
    .enum(['nl', 'en'])
    .optional()
    .openapi({ param: { name: 'lang', in: 'query' }, description: "The reader's language; without it the Accept-Language header decides, and Dutch when it names neither" }),
});

/** The reader's language: asked for, or else the first of nl and en the browser accepts, or Dutch. */
function readerLanguage(asked: ReportLanguage | undefined, acceptLanguage: string | undefined): ReportLanguage {
  if (asked) return asked;
  const chosen = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } }).languages(LANGUAGES);
  return (chosen[0]?.slice(0, 2) as ReportLanguage | undefined) ?? 'nl';
}

const pdfResponse = { description: 'The PDF, as an attachment', content: { [PDF_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } } };
const pdfHeaders = (fileName: string) => ({ 'content-type': PDF_TYPE, 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'no-store' });

export const reportRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/sessions/{sessionId}/minutes.pdf',
      tags,
      summary: 'The minutes of a session as a PDF (every role): attendance, agenda with time boxes, decisions with their steps',
      request: { params: SessionParams, query: LanguageQuery },
      responses: { 200: pdfResponse, ...errorResponses },
    }),
    async (c) => {
      const language = readerLanguage(c.req.valid('query').lang, c.req.header('accept-language'));
      const file = await sessionMinutesPdf(c.var.deps, { membership: c.var.membership, meetingId: c.req.valid('param').sessionId, language });
      return c.body(new Uint8Array(file.bytes), 200, pdfHeaders(file.fileName));
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/report.pdf',
      tags,
      summary: 'The state of the network as a PDF for a steering group (every role), made for the reader: what they may not see is not on it',
      description:
        'Stage with evidence, the last three closed rounds’ scores with 95 % intervals and trends, agreements, differences, goals and reciprocity. Pair ratings appear only for a reader who may see them, under a confidential mark (DESIGN §5.3).',
      request: { params: NetworkParams, query: LanguageQuery },
      responses: { 200: pdfResponse, ...errorResponses },
    }),
    async (c) => {
      const language = readerLanguage(c.req.valid('query').lang, c.req.header('accept-language'));
      const file = await networkReportPdf(c.var.deps, { ...callerOf(c), language });
      return c.body(new Uint8Array(file.bytes), 200, pdfHeaders(file.fileName));
    },
  );
