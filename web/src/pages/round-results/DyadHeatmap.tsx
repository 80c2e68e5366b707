import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../components/TableRegion.tsx';
import type { RoundResults, ShownScore } from './resultQueries.ts';
import { ScoreValue, useNumber } from './ScoreValue.tsx';

type Dyad = RoundResults['dyads'][number];
const HEATMAP_MAX_PARTNERS = 40;

/** A colour band per 20 points of trust; the number is always written in the cell too. */
function heatClass(score: ShownScore): string {
  if (score.value === null) return 'heat-none';
  return `heat-${Math.min(4, Math.floor(score.value / 20))}`;
}

/**
 * Trust between partners: rows give, columns receive, T(row→column) in each cell. A pair the caller
 * may not see (DESIGN §5.3) is left empty and marked, never guessed.
 */
export function DyadHeatmap({ dyads, partners, seesAll }: { dyads: Dyad[]; partners: { id: string; name: string }[]; seesAll: boolean }) {
  const { t } = useTranslation();
  const number = useNumber(0);
  const byPair = new Map(dyads.map((d) => [`${d.from}|${d.to}`, d]));
  const name = new Map(partners.map((p) => [p.id, p.name]));
  const missing = seesAll ? t('results.dyads.notRated') : t('results.dyads.hidden');
  return (
    <section aria-labelledby="results-dyads-heading">
      <h2 id="results-dyads-heading">{t('results.dyads.heading')}</h2>
      <p>{t('results.dyads.intro')}</p>
      <p className="muted">{seesAll ? t('results.dyads.seesAll') : t('results.dyads.seesSome')}</p>
      {partners.length <= HEATMAP_MAX_PARTNERS ? (
        <TableRegion labelledBy="results-heatmap-caption">
          <table className="heatmap">
            <caption id="results-heatmap-caption">{t('results.dyads.heatmapCaption')}</caption>
            <thead>
              <tr>
                <td />
                {partners.map((p) => (
                  <th key={p.id} scope="col">
                    {p.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {partners.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  {partners.map((col) => {
                    if (row.id === col.id) {
                      return (
                        <td key={col.id} className="heat-self">
                          <span className="visually-hidden">{t('results.dyads.self')}</span>
                        </td>
                      );
                    }
                    const dyad = byPair.get(`${row.id}|${col.id}`);
                    if (!dyad) {
                      return (
                        <td key={col.id} className="heat-hidden" title={missing}>
                          <span aria-hidden="true">·</span>
                          <span className="visually-hidden">{missing}</span>
                        </td>
                      );
                    }
                    const label = dyad.trust.insufficient ? t('results.insufficient', { count: dyad.trust.respondents }) : dyad.trust.value === null ? t('results.noAnswers') : null;
                    return (
                      <td key={col.id} className={heatClass(dyad.trust)} title={label ?? t('results.respondents', { count: dyad.trust.respondents })}>
                        {label === null ? number.format(dyad.trust.value!) : <span className="muted">–<span className="visually-hidden"> {label}</span></span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p className="muted">{t('results.dyads.tooMany', { count: partners.length })}</p>
      )}
      <details>
        <summary>{t('results.dyads.listSummary', { count: dyads.length })}</summary>
        <TableRegion labelledBy="results-dyad-list-caption">
          <table>
            <caption id="results-dyad-list-caption">{t('results.dyads.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.dyads.from')}</th>
                <th scope="col">{t('results.dyads.to')}</th>
                <th scope="col">{t('results.dyads.trust')}</th>
                <th scope="col">{t('results.dyads.value')}</th>
                <th scope="col">{t('results.dyads.level')}</th>
              </tr>
            </thead>
            <tbody>
              {dyads.slice(0, 500).map((d) => (
                <tr key={`${d.from}|${d.to}`}>
                  <th scope="row">{name.get(d.from) ?? '?'}</th>
                  <td>{name.get(d.to) ?? '?'}</td>
                  <td>
                    <ScoreValue score={d.trust} />
                  </td>
                  <td>
                    <ScoreValue score={d.value} />
                  </td>
                  <td>
                    <ScoreValue score={d.level} digits={1} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </details>
    </section>
  );
}
