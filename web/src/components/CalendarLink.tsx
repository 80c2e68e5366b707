import { useTranslation } from 'react-i18next';

/**
 * A download of an iCalendar file (.ics) from the API, in the UI's language, to put a date in
 * one's own calendar; `what` names it for screen readers ("Zet in uw agenda: sluiting van de ronde").
 */
export function CalendarLink({ path, what }: { path: string; what: string }) {
  const { t, i18n } = useTranslation();
  return (
    <a className="button button-secondary" href={`${path}?lang=${i18n.language === 'en' ? 'en' : 'nl'}`} download>
      {t('calendar.add')}
      <span className="visually-hidden">: {what}</span>
    </a>
  );
}
