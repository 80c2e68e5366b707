import { useTranslation } from 'react-i18next';

const ZONE = 'Europe/Amsterdam';

/** The Intl locale of the UI's language. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

/** A calendar day ('YYYY-MM-DD') or an instant (ISO with a time): a day stays that day in every zone. */
function parse(value: string): { at: Date; zone: string } {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? { at: new Date(`${value}T00:00:00Z`), zone: 'UTC' } : { at: new Date(value), zone: ZONE };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An Intl.DateTimeFormat made once per locale and options: making one costs far more than using it
 * (ICU looks up the locale's patterns and the zone's rules), and a list or chart formats many dates.
 */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, made);
  }
  return made;
}

/**
 * The one date formatter of the web app: days and instants in the person's language, instants in
 * Dutch wall-clock time. "15 november 2026", in charts "15 nov.".
 *
 * @example dateFormatter('nl').day('2026-11-15') // '15 november 2026'
 * @example dateFormatter('nl').shortDay('2026-11-15') // '15 nov.'
 */
export function dateFormatter(language: string) {
  const locale = localeOf(language);
  const long = (v: string) => {
    const { at, zone } = parse(v);
    return formatter(locale, { dateStyle: 'long', timeZone: zone }).format(at);
  };
  return {
    /** A day or the day of an instant: "15 november 2026". */
    date: long,
    /** A calendar day: "15 november 2026". */
    day: long,
    /** Day and month for chart axes: "15 nov." ("15 Nov" in English). */
    shortDay: (v: string) => {
      const { at, zone } = parse(v);
      const parts = formatter(locale, { day: 'numeric', month: 'short', timeZone: zone }).formatToParts(at);
      if (language === 'en') return parts.map((p) => p.value).join('');
      // Dutch abbreviates with a full stop ("15 nov."), which not every ICU version writes; "mei" stays whole.
      const full = formatter(locale, { month: 'long', timeZone: zone }).format(at);
      return parts.map((p) => (p.type === 'month' && p.value !== full && !p.value.endsWith('.') ? `${p.value}.` : p.value)).join('');
    },
    /** An instant with its time: "15 nov 2026, 14:30". */
    dateTime: (v: string) => {
      const { at, zone } = parse(v);
      return formatter(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(at);
    },
  };
}

/** The date formatter in the UI's current language. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  return dateFormatter(i18n.language);
}
