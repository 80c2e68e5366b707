import { mailDay, mailTime } from '../../mail/dates.ts';

export type CalendarLanguage = 'nl' | 'en';

/** The words of calendar events, in the reader's language (Dutch unless they chose English). */
const TEXTS = {
  nl: {
    roundCloses: (title: string) => `Reflectieronde sluit: ${title}`,
    roundClosesAt: (at: Date) => `De vragenlijst van deze reflectieronde sluit op ${mailTime(at, 'nl')}. Vul hem in vóór die tijd.`,
    session: (title: string) => `Overleg: ${title}`,
    agenda: 'Agenda',
    noAgenda: 'De agenda volgt.',
    review: (title: string) => `Evaluatie afspraak: ${title}`,
    reviewText: (day: string) => `Op ${day} staat de evaluatie van deze afspraak gepland. Bespreek of de afspraak nog werkt.`,
    stepDue: (title: string) => `Kleine stap klaar: ${title}`,
    stepDueText: (day: string) => `U heeft deze stap opgepakt; hij is klaar op ${day}.`,
    open: 'Openen in Ketenregie',
    network: 'Samenwerkingsverband',
    feed: 'Ketenregie: mijn agenda',
  },
  en: {
    roundCloses: (title: string) => `Reflection round closes: ${title}`,
    roundClosesAt: (at: Date) => `The questionnaire of this reflection round closes on ${mailTime(at, 'en')}. Please answer before then.`,
    session: (title: string) => `Session: ${title}`,
    agenda: 'Agenda',
    noAgenda: 'The agenda will follow.',
    review: (title: string) => `Agreement review: ${title}`,
    reviewText: (day: string) => `The review of this agreement is planned for ${day}. Discuss whether the agreement still works.`,
    stepDue: (title: string) => `Small step due: ${title}`,
    stepDueText: (day: string) => `You took on this step; it is due on ${day}.`,
    open: 'Open in Ketenregie',
    network: 'Network',
    feed: 'Ketenregie: my calendar',
  },
} as const;

export function calendarTexts(language: CalendarLanguage) {
  return TEXTS[language];
}

/** A calendar day (YYYY-MM-DD) written out in the reader's language, e.g. '20 december 2026'. */
export function writtenDay(day: string, language: CalendarLanguage): string {
  return mailDay(new Date(`${day}T12:00:00Z`), language);
}
