// Dates in mails, as people read them: "20 december 2026" in a Dutch mail, "20 December 2026" in an
// English one, in Dutch wall-clock time (a link valid until 23:30 UTC on the 19th is valid
// until the 20th in the Netherlands).

const ZONE = 'Europe/Amsterdam';
const LOCALE = { nl: 'nl-NL', en: 'en-GB' } as const;

/**
 * The day of an instant in the Netherlands, written out in the mail's language.
 *
 * @example mailDay(new Date('2026-12-20T10:00:00Z'), 'nl') // '20 december 2026'
 */
export function mailDay(at: Date, language: keyof typeof LOCALE): string {
  return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'long', timeZone: ZONE }).format(at);
}

/**
 * Day and time of an instant in the Netherlands, in the mail's language.
 *
 * @example mailTime(new Date('2026-12-20T16:00:00Z'), 'nl') // '20 december 2026 om 17:00'
 */
export function mailTime(at: Date, language: keyof typeof LOCALE): string {
  return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'long', timeStyle: 'short', timeZone: ZONE }).format(at);
}

/**
 * A calendar day (YYYY-MM-DD, a date without a time such as a session's day) with its weekday.
 *
 * @example mailCalendarDay('2026-12-21', 'nl') // 'maandag 21 december 2026'
 */
export function mailCalendarDay(day: string, language: keyof typeof LOCALE): string {
  return new Intl.DateTimeFormat(LOCALE[language], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}
