import type { DateTime } from 'luxon';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../components/TableRegion.tsx';
import type { WeekCell } from './weekCells.ts';

const SYMBOL = { gap: '✕', single: '!', covered: '✓', open: '', none: '' } as const;

/**
 * The week at a glance: days across, hours down. Each cell says in text how many partners are
 * available (against the minimum where one is required); colour and a pattern repeat it.
 */
export function WeekGrid({ monday, cells, caption }: { monday: DateTime; cells: WeekCell[][]; caption: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  const days = cells.map((_c, day) => monday.plus({ days: day }).setLocale(locale));
  return (
    <TableRegion labelledBy="week-grid-caption">
      <table className="table week-grid">
        <caption id="week-grid-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('availability.week.hour')}</th>
            {days.map((d) => (
              <th key={d.toISODate()} scope="col">
                {d.toFormat('ccc d LLL')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: 24 }, (_h, hour) => (
            <tr key={hour}>
              <th scope="row">{`${String(hour).padStart(2, '0')}:00`}</th>
              {cells.map((day, index) => {
                const cell = day[hour]!;
                if (cell.missing) {
                  return (
                    <td key={index} className="week-cell week-cell-missing">
                      {t('availability.week.noSuchHour')}
                    </td>
                  );
                }
                return (
                  <td key={index} className={`week-cell week-cell-${cell.status}`}>
                    {SYMBOL[cell.status] ? <span aria-hidden="true">{SYMBOL[cell.status]} </span> : null}
                    {cell.need === null ? String(cell.have) : `${cell.have}/${cell.need}`}
                    <span className="visually-hidden"> {t(`availability.status.${cell.status}`)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
