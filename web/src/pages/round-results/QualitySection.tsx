import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { resultQueries, type RoundQuality } from './resultQueries.ts';
import { useNumber } from './ScoreValue.tsx';

const ASPECTS = ['ambition', 'interests', 'relationship', 'organisation', 'process'] as const;

type Reliability = RoundQuality['trust'];

/** A coefficient to two decimals (it runs from 0 to 1), or why there is none. */
function Coefficient({ reliability }: { reliability: Reliability }) {
  const { t } = useTranslation();
  const number = useNumber(2);
  if (reliability.reason === 'too_few_answers') return <span className="score-insufficient">{t('results.quality.tooFew')}</span>;
  if (reliability.coefficient === null) return <span className="muted">{t('results.quality.notDefined')}</span>;
  return <span className="score-value">{number.format(reliability.coefficient)}</span>;
}

/**
 * "Kwaliteit van de meting" (DESIGN §5.9): Cronbach's α for the trust and the value items and the
 * Spearman–Brown coefficient per aspect, with a plain explanation and the number of complete
 * answers behind each; "te weinig antwoorden" below ten.
 */
export function QualitySection({ networkId, roundId }: { networkId: string; roundId: string }) {
  const { t } = useTranslation();
  const quality = useQuery(resultQueries.quality(networkId, roundId));
  const rows: [string, Reliability][] = quality.data
    ? [
        [t('results.quality.trust'), quality.data.trust],
        [t('results.quality.value'), quality.data.value],
        ...ASPECTS.map((a): [string, Reliability] => [t(`results.aspects.names.${a}`), quality.data.aspects[a]]),
      ]
    : [];
  return (
    <section aria-labelledby="results-quality-heading">
      <h2 id="results-quality-heading">{t('results.quality.heading')}</h2>
      <p>{t('results.quality.intro')}</p>
      <p>{t('results.quality.reading', { minimum: quality.data?.minimumComplete ?? 10 })}</p>
      <p>
        <Link to="/measurement">{t('results.measurementLink')}</Link>
      </p>
      {quality.isPending ? <Loading /> : null}
      {quality.isError ? <ErrorNotice error={quality.error} onRetry={() => void quality.refetch()} /> : null}
      {quality.data ? (
        <TableRegion labelledBy="results-quality-caption">
          <table>
            <caption id="results-quality-caption">{t('results.quality.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.quality.measure')}</th>
                <th scope="col">{t('results.quality.coefficient')}</th>
                <th scope="col">{t('results.quality.complete')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, reliability], i) => (
                <tr key={label}>
                  <th scope="row">
                    {label} <span className="muted">{i < 2 ? t('results.quality.alpha') : t('results.quality.spearmanBrown')}</span>
                  </th>
                  <td>
                    <Coefficient reliability={reliability} />
                  </td>
                  <td>{reliability.complete}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </section>
  );
}
