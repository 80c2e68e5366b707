import escapeHtml from 'escape-html';
import type { Language } from '../domain/notification-preferences.ts';

// Every mail in one language, as plain text and as HTML built from the same parts. Everything a
// person typed (titles, names, reasons) goes through escapeHtml before it reaches the HTML.

/** A mail as the mailer stores and sends it. */
export interface MailContent {
  subject: string;
  text: string;
  html?: string | undefined;
  /** The https address of the one-click unsubscribe (RFC 8058). */
  listUnsubscribe?: string | undefined;
}

/** One block of a mail: an optional heading, paragraphs, and a link with its label. */
export interface MailSection {
  heading?: string | undefined;
  lines: string[];
  link?: { label: string; url: string } | undefined;
}

/** What a notice says in one language, before the layout: subject, paragraphs, the link's label. */
export interface MailBody {
  subject: string;
  lines: string[];
  action: string;
}

const FOOTER = {
  nl: {
    preferences: 'Kies welke e-mail u van Ketenregie krijgt, en hoe vaak:',
    unsubscribe: 'Geen e-mail meer hierover:',
    why: 'U krijgt deze e-mail omdat u deelneemt aan een samenwerkingsverband op Ketenregie.',
  },
  en: {
    preferences: 'Choose which e-mail you get from Ketenregie, and how often:',
    unsubscribe: 'No more e-mail about this:',
    why: 'You receive this e-mail because you take part in a network on Ketenregie.',
  },
} as const;

const paragraph = (line: string) => `<p style="margin:0 0 12px">${escapeHtml(line).replaceAll('\n', '<br>')}</p>`;
const anchor = (label: string, url: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;

/**
 * Lays out a mail in `language`: the sections, then (for notifications) a footer with the link to
 * the preferences and the unsubscribe link, as text and as HTML.
 *
 * @example composeMail('nl', { subject: 'Ter instemming: X', sections: [{ lines: ['…'], link: { label: 'Bekijk de afspraak', url } }] })
 */
export function composeMail(
  language: Language,
  input: { subject: string; sections: MailSection[]; preferencesUrl?: string | undefined; unsubscribeUrl?: string | undefined },
): MailContent {
  const footer = FOOTER[language];
  const text: string[] = [];
  const html: string[] = [];
  input.sections.forEach((section, i) => {
    if (i > 0) text.push('', '---', '');
    if (section.heading) {
      text.push(section.heading, '');
      html.push(`<h2 style="font-size:16px;margin:16px 0 8px">${escapeHtml(section.heading)}</h2>`);
    }
    text.push(...section.lines);
    html.push(...section.lines.map(paragraph));
    if (section.link) {
      text.push('', `${section.link.label}:`, section.link.url);
      html.push(`<p style="margin:0 0 12px">${anchor(section.link.label, section.link.url)}</p>`);
    }
  });
  if (input.preferencesUrl) {
    text.push('', '--', footer.why, `${footer.preferences} ${input.preferencesUrl}`);
    html.push('<hr>', `<p style="font-size:13px;color:#444">${escapeHtml(footer.why)}<br>${escapeHtml(footer.preferences)} ${anchor(input.preferencesUrl, input.preferencesUrl)}`);
    if (input.unsubscribeUrl) {
      text.push(`${footer.unsubscribe} ${input.unsubscribeUrl}`);
      html.push(`<br>${escapeHtml(footer.unsubscribe)} ${anchor(input.unsubscribeUrl, input.unsubscribeUrl)}`);
    }
    html.push('</p>');
  }
  const page = [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(input.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;max-width:640px">',
    ...html,
    '</body></html>',
  ].join('\n');
  return { subject: input.subject, text: text.join('\n'), html: page, listUnsubscribe: input.unsubscribeUrl };
}
