import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../components/TableRegion.tsx';
import { BarChart } from './BarChart.tsx';
import type { RoundResults } from './resultQueries.ts';
import { ScoreValue } from './ScoreValue.tsx';

const ASPECTS = ['ambition', 'interests', 'relationship', 'organisation', 'process'] as const;

/** The five aspects of the collaboration: a bar chart of the shown scores and the same in a table. */
export function AspectsSection({ aspects }: { aspects: RoundResults['aspects'] }) {
  const { t } = useTranslation();
  const labels = useMemo(() => ASPECTS.map((a) => t(`results.aspects.names.${a}`)), [t]);
  const values = useMemo(() => ASPECTS.map((a) => aspects[a].value), [aspects]);
  const ranges = useMemo(() => ASPECTS.map((a) => aspects[a].interval), [aspects]);
  return (
    <section aria-labelledby="results-aspects-heading">
      <h2 id="results-aspects-heading">{t('results.aspects.heading')}</h2>
      <p>{t('results.aspects.intro')}</p>
      <figure className="results-figure">
        <BarChart labels={labels} values={values} ranges={ranges} />
        <figcaption className="field-description">{t('results.aspects.chartCaption')}</figcaption>
      </figure>
      <TableRegion labelledBy="results-aspects-caption">
        <table>
          <caption id="results-aspects-caption">{t('results.aspects.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.aspects.aspect')}</th>
              <th scope="col">{t('results.aspects.score')}</th>
            </tr>
          </thead>
          <tbody>
            {ASPECTS.map((a, i) => (
              <tr key={a}>
                <th scope="row">{labels[i]}</th>
                <td>
                  <ScoreValue score={aspects[a]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
