import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HistoryMatrix } from '../../api.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { sortByName } from '../../components/sortByName.ts';
import { TableRegion } from '../../components/TableRegion.tsx';
import { queries } from '../../queries.ts';
import { OUTCOMES } from './AddHistoryEntryForm.tsx';

type Pair = HistoryMatrix['pairs'][number];
type Partners = HistoryMatrix['partners'];

/** Up to this many partners the matrix fits a screen; beyond it the pairs are listed instead. */
const MATRIX_LIMIT = 25;

/** "2× samengewerkt (1 positief, 1 wisselend)": a pair's history in words. */
function usePairDescription() {
  const { t } = useTranslation();
  return (pair: Pair) => {
    const outcomes = OUTCOMES.filter((o) => pair.outcomes[o] > 0).map((o) => t(`history.matrix.outcomeCount.${o}`, { count: pair.outcomes[o] }));
    return `${t('history.matrix.count', { count: pair.count })} (${outcomes.join(', ')})`;
  };
}

/**
 * Who already knows whom: partners against partners, each cell saying in words how many
 * collaborations the two share and how they went (never by colour alone).
 */
export function HistoryMatrixTable({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation();
  const matrix = useQuery(queries.historyMatrix(networkId));
  return (
    <section aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">{t('history.matrix.heading')}</h2>
      <p>{t('history.matrix.intro')}</p>
      {matrix.isPending ? (
        <Loading />
      ) : matrix.isError ? (
        <ErrorNotice error={matrix.error} onRetry={() => void matrix.refetch()} />
      ) : matrix.data.partners.length < 2 ? (
        <p className="muted">{t('history.noPartners')}</p>
      ) : matrix.data.partners.length > MATRIX_LIMIT ? (
        <PairsTable partners={matrix.data.partners} pairs={matrix.data.pairs} />
      ) : (
        <MatrixTable partners={sortByName(matrix.data.partners, i18n.language)} pairs={matrix.data.pairs} />
      )}
    </section>
  );
}

function MatrixTable({ partners, pairs }: { partners: Partners; pairs: Pair[] }) {
  const { t } = useTranslation();
  const describe = usePairDescription();
  const byPair = new Map(pairs.map((p) => [`${p.a}|${p.b}`, p]));
  const pairOf = (x: string, y: string) => byPair.get(x < y ? `${x}|${y}` : `${y}|${x}`);
  return (
    <TableRegion labelledBy="matrix-heading">
      <table className="table matrix" aria-labelledby="matrix-heading">
        <thead>
          <tr>
            <td />
            {partners.map((p) => (
              <th key={p.id} scope="col" className="matrix-column">
                {p.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {partners.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              {partners.map((column) => {
                if (row.id === column.id) {
                  return (
                    <td key={column.id} className="matrix-self">
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">{t('history.matrix.self')}</span>
                    </td>
                  );
                }
                const pair = pairOf(row.id, column.id);
                return (
                  <td key={column.id} className={pair ? 'matrix-known' : 'matrix-unknown'}>
                    {pair ? describe(pair) : t('history.matrix.none')}
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

/** For a large network: the pairs that share history, most entries first (the first 200). */
function PairsTable({ partners, pairs }: { partners: Partners; pairs: Pair[] }) {
  const { t } = useTranslation();
  const describe = usePairDescription();
  const names = new Map(partners.map((p) => [p.id, p.name]));
  const shown = [...pairs].sort((x, y) => y.count - x.count).slice(0, 200);
  return (
    <>
      <p className="field-description">{t('history.matrix.pairsInstead', { partners: partners.length, shown: shown.length, total: pairs.length })}</p>
      <TableRegion labelledBy="matrix-heading">
        <table className="table" aria-labelledby="matrix-heading">
          <thead>
            <tr>
              <th scope="col">{t('history.confirmations.partner')}</th>
              <th scope="col">{t('history.confirmations.partner')}</th>
              <th scope="col">{t('history.matrix.together')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((pair) => (
              <tr key={`${pair.a}|${pair.b}`}>
                <th scope="row">{names.get(pair.a)}</th>
                <td>{names.get(pair.b)}</td>
                <td>{describe(pair)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
