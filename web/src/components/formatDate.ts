import { useTranslation } from 'react-i18next';

const ZONE = 'Europe/Amsterdam';

/** Formats instants in the UI's language, in Dutch wall-clock time. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  return {
    date: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: ZONE }).format(new Date(iso)),
    dateTime: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: ZONE }).format(new Date(iso)),
  };
}
