import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkMap, Partner } from '../../api.ts';
import { TableRegion } from '../../components/TableRegion.tsx';
import { MapCanvas } from '../network-map/MapCanvas.tsx';
import type { RoundResults } from './resultQueries.ts';
import { useNumber } from './ScoreValue.tsx';

/** The round's graph in the shape the network map draws: partners as nodes, working ties only. */
function asNetworkMap(results: RoundResults, partners: Map<string, Partner>): NetworkMap {
  const levels = new Map(results.dyads.map((d) => [`${d.from}|${d.to}`, d.level.value]));
  return {
    revision: 0,
    computedAt: results.computedAt,
    nodes: results.graph.nodes.map((n) => ({ id: n.partnerId, name: partners.get(n.partnerId)?.name ?? '?', sector: partners.get(n.partnerId)?.sector ?? 'anders', degree: n.degree, betweenness: n.betweenness })),
    ties: {
      history: [],
      working: results.graph.ties.map((tie) => ({ ...tie, level: Math.max(levels.get(`${tie.a}|${tie.b}`) ?? 2, levels.get(`${tie.b}|${tie.a}`) ?? 2) })),
    },
    metrics: { density: results.graph.density, centralization: results.graph.centralization, components: results.graph.components, isolates: results.graph.isolates, reciprocity: results.graph.reciprocity },
  };
}

/** The working-tie map of the round (DESIGN §5.4), the ties as a table, and the graph measures. */
export function TieMapSection({ results, partners }: { results: RoundResults; partners: Map<string, Partner> }) {
  const { t } = useTranslation();
  const number = useNumber(3);
  const map = useMemo(() => asNetworkMap(results, partners), [results, partners]);
  const name = (id: string) => partners.get(id)?.name ?? '?';
  const { graph } = results;
  return (
    <section aria-labelledby="results-graph-heading">
      <h2 id="results-graph-heading">{t('results.graph.heading')}</h2>
      <p>{t('results.graph.intro')}</p>
      {graph.nodes.length > 0 ? (
        <figure className="map-figure results-map">
          <MapCanvas map={map} describedBy="results-graph-description" />
          <figcaption id="results-graph-description" className="field-description">
            {t('results.graph.description', { ties: graph.ties.length, components: graph.components, isolates: graph.isolates.length })}
          </figcaption>
        </figure>
      ) : null}
      <dl className="facts">
        <dt>{t('results.graph.density')}</dt>
        <dd>{number.format(graph.density)}</dd>
        <dt>{t('results.graph.reciprocity')}</dt>
        <dd>{graph.reciprocity === null ? t('results.graph.reciprocityUnknown') : number.format(graph.reciprocity)}</dd>
        <dt>{t('results.graph.centralization')}</dt>
        <dd>{number.format(graph.centralization)}</dd>
        <dt>{t('results.graph.components')}</dt>
        <dd>{graph.components}</dd>
        <dt>{t('results.graph.isolates')}</dt>
        <dd>{graph.isolates.length === 0 ? t('results.graph.noIsolates') : graph.isolates.map(name).join(', ')}</dd>
      </dl>
      <details>
        <summary>{t('results.graph.tableSummary', { count: graph.nodes.length })}</summary>
        <p className="field-description">{t('results.graph.legend')}</p>
        <TableRegion labelledBy="results-graph-caption">
          <table>
            <caption id="results-graph-caption">{t('results.graph.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.graph.partner')}</th>
                <th scope="col">{t('results.graph.degree')}</th>
                <th scope="col">{t('results.graph.betweenness')}</th>
                <th scope="col">{t('results.graph.tiesWith')}</th>
              </tr>
            </thead>
            <tbody>
              {graph.nodes.map((n) => (
                <tr key={n.partnerId}>
                  <th scope="row">{name(n.partnerId)}</th>
                  <td>{n.degree}</td>
                  <td>{number.format(n.betweenness)}</td>
                  <td>
                    {graph.ties
                      .filter((tie) => tie.a === n.partnerId || tie.b === n.partnerId)
                      .map((tie) => name(tie.a === n.partnerId ? tie.b : tie.a))
                      .join(', ') || '–'}
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
