import PDFDocument from 'pdfkit';

export type ReportLanguage = 'nl' | 'en';

const LOCALE: Record<ReportLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Dates and numbers as the reader reads them: "7 december 2026", "54,2" in Dutch; "7 December
 * 2026", "54.2" in English. Calendar days are days, instants are shown in Dutch time.
 */
export function readerFormats(language: ReportLanguage) {
  const locale = LOCALE[language];
  const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' });
  return {
    /** A calendar day, YYYY-MM-DD. */
    day: (isoDay: string) => dayFormat.format(new Date(`${isoDay}T12:00:00Z`)),
    time: (at: Date) => timeFormat.format(at),
    number: (n: number) => numberFormat.format(n),
    change: (n: number) => signed.format(n),
    percent: (share: number) => `${Math.round(share * 100)} %`,
  };
}

// The standard PDF fonts know only the Windows-1252 characters: write arrows and comparison signs in words.
const REPLACEMENTS: [RegExp, string][] = [
  [/→/g, '->'],
  [/≥/g, '>='],
  [/≤/g, '<='],
  [/−/g, '-'],
];
const printable = (text: string) => REPLACEMENTS.reduce((s, [pattern, by]) => s.replace(pattern, by), text);

/**
 * A simple A4 document for reports: a title, headings, paragraphs and bullet lists, in the PDF
 * standard fonts (no font files to ship). `finish()` gives the bytes.
 */
export class PdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(info: { title: string; language: ReportLanguage; createdAt: Date }) {
    this.doc = new PDFDocument({ size: 'A4', margin: 56, lang: info.language === 'nl' ? 'nl-NL' : 'en-GB', info: { Title: printable(info.title), Producer: 'Ketenregie', CreationDate: info.createdAt }, displayTitle: true });
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  title(text: string, subtitle?: string): this {
    this.doc.font('Helvetica-Bold').fontSize(20).fillColor('#1a1a1a').text(printable(text));
    if (subtitle) this.doc.font('Helvetica').fontSize(11).fillColor('#444444').text(printable(subtitle));
    this.doc.moveDown(0.8);
    return this;
  }

  heading(text: string): this {
    this.doc.moveDown(0.6).font('Helvetica-Bold').fontSize(14).fillColor('#1a1a1a').text(printable(text)).moveDown(0.3);
    return this;
  }

  subheading(text: string): this {
    this.doc.moveDown(0.3).font('Helvetica-Bold').fontSize(11).fillColor('#1a1a1a').text(printable(text)).moveDown(0.15);
    return this;
  }

  paragraph(text: string, options: { muted?: boolean } = {}): this {
    this.doc.font('Helvetica').fontSize(10).fillColor(options.muted ? '#555555' : '#1a1a1a').text(printable(text)).moveDown(0.3);
    return this;
  }

  bullets(lines: readonly string[]): this {
    if (lines.length === 0) return this;
    this.doc.font('Helvetica').fontSize(10).fillColor('#1a1a1a').list(lines.map(printable), { bulletRadius: 1.5, textIndent: 10, bulletIndent: 4 }).moveDown(0.3);
    return this;
  }

  /** A framed notice, for "vertrouwelijk" and who may see what. */
  notice(text: string): this {
    this.doc.moveDown(0.2).font('Helvetica-Bold').fontSize(10).fillColor('#8a1c1c').text(printable(text)).fillColor('#1a1a1a').moveDown(0.3);
    return this;
  }

  finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }
}
