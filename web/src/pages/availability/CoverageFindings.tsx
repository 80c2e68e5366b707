import { DateTime } from 'luxon';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../components/TableRegion.tsx';
import type { Coverage } from './availabilityQueries.ts';
import { ZONE } from './weekCells.ts';

/** The gaps and single points of failure of the period as a table: when, what, have/need or the partner. */
export function CoverageFindings({ coverage }: { coverage: Coverage }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  const when = (from: string, to: string) => {
    const a = DateTime.fromISO(from, { zone: ZONE }).setLocale(locale);
    const b = DateTime.fromISO(to, { zone: ZONE }).setLocale(locale);
    return `${a.toFormat('ccc d LLL HH:mm')} – ${a.hasSame(b, 'day') ? b.toFormat('HH:mm') : b.toFormat('ccc d LLL HH:mm')}`;
  };
  const rows = [
    ...coverage.gaps.map((g) => ({ from: g.from, to: g.to, kind: t('availability.status.gap'), detail: t('availability.findings.haveNeed', { have: g.have, need: g.need }), className: 'finding-gap' })),
    ...coverage.singlePointsOfFailure.map((s) => ({ from: s.from, to: s.to, kind: t('availability.status.single'), detail: s.partner.name, className: 'finding-single' })),
  ].sort((a, b) => Date.parse(a.from) - Date.parse(b.from));
  return (
    <section aria-labelledby="findings-heading" className="panel">
      <h2 id="findings-heading">{t('availability.findings.heading')}</h2>
      {rows.length === 0 ? (
        <p>{coverage.requirement ? t('availability.findings.none') : t('availability.findings.noRequirement')}</p>
      ) : (
        <TableRegion labelledBy="findings-caption">
          <table className="table">
            <caption id="findings-caption" className="visually-hidden">
              {t('availability.findings.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('availability.findings.when')}</th>
                <th scope="col">{t('availability.findings.what')}</th>
                <th scope="col">{t('availability.findings.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.className}-${r.from}`}>
                  <td>{when(r.from, r.to)}</td>
                  <td className={r.className}>{r.kind}</td>
                  <td>{r.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
