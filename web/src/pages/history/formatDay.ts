import { useTranslation } from 'react-i18next';

/** Formats calendar days ('YYYY-MM-DD', no time zone) in the UI's language: "10 januari 2022". */
export function useDayFormat() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' });
  return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
}
