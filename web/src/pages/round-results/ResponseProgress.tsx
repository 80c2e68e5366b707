import { useTranslation } from 'react-i18next';
import type { Partner } from '../../api.ts';
import { TableRegion } from '../../components/TableRegion.tsx';
import type { RoundProgress } from './resultQueries.ts';

/**
 * What the coordinator sees of a round that has not closed (DESIGN §5.3): invited, responded and
 * the rate per partner, never a score or an open answer.
 */
export function ResponseProgress({ progress, partners }: { progress: RoundProgress; partners: Map<string, Partner> }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const rate = (value: number | null) => (value === null ? '–' : `${percent.format(value * 100)}%`);
  return (
    <section aria-labelledby="results-progress-heading">
      <p className="notice notice-info">{t('results.progress.intro')}</p>
      <h2 id="results-progress-heading">{t('results.progress.heading')}</h2>
      <p>
        {t('results.headline.responseRateValue', progress.responseRate)} ({rate(progress.responseRate.rate)})
      </p>
      <TableRegion labelledBy="results-progress-caption">
        <table>
          <caption id="results-progress-caption">{t('results.progress.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.progress.partner')}</th>
              <th scope="col">{t('results.progress.invited')}</th>
              <th scope="col">{t('results.progress.responded')}</th>
              <th scope="col">{t('results.progress.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {progress.responseByPartner.map((p) => (
              <tr key={p.partnerId}>
                <th scope="row">{partners.get(p.partnerId)?.name ?? '?'}</th>
                <td>{p.invited}</td>
                <td>{p.responded}</td>
                <td>{rate(p.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
