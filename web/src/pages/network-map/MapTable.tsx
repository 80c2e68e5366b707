import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../api.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

const PAGE = 50;

/**
 * The map as a table, for keyboard and screen-reader users and for anyone who wants the numbers:
 * every partner with its sector, degree, betweenness and the partners it has ties with, most
 * central first.
 */
export function MapTable({ map }: { map: MapData }) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  const collator = useMemo(() => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }), [locale]);
  const { rows, names, neighbours } = useMemo(() => {
    const names = new Map(map.nodes.map((n) => [n.id, n.name]));
    const neighbours = new Map<string, string[]>(map.nodes.map((n) => [n.id, []]));
    for (const { a, b } of [...map.ties.history, ...map.ties.working]) {
      neighbours.get(a)?.push(b);
      neighbours.get(b)?.push(a);
    }
    const rows = [...map.nodes].sort((x, y) => y.betweenness - x.betweenness || y.degree - x.degree || collator.compare(x.name, y.name));
    return { rows, names, neighbours };
  }, [map, collator]);
  // Names of tied partners only for the rows on screen: sorting them for thousands of rows at once would hold up the page.
  const tiedWith = (id: string) => [...new Set(neighbours.get(id))].map((other) => names.get(other) ?? other).sort(collator.compare);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });

  return (
    <section aria-labelledby="map-table-heading" className="map-table">
      <h2 id="map-table-heading">{t('map.table.heading')}</h2>
      <p className="field-description">{t('map.table.intro', { shown: Math.min(shown, rows.length), total: rows.length })}</p>
      <p className="field-description">{t('map.table.legend')}</p>
      <TableRegion labelledBy="map-table-heading">
        <table className="table" aria-labelledby="map-table-heading">
          <thead>
            <tr>
              <th scope="col">{t('map.table.partner')}</th>
              <th scope="col">{t('map.table.sector')}</th>
              <th scope="col" className="numeric">
                {t('map.table.degree')}
              </th>
              <th scope="col" className="numeric">
                {t('map.table.betweenness')}
              </th>
              <th scope="col">{t('map.table.ties')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td>{t(`sectors.${row.sector}`)}</td>
                <td className="numeric">{row.degree}</td>
                <td className="numeric">{number.format(row.betweenness)}</td>
                <td>{row.degree === 0 ? <span className="muted">{t('map.table.noTies')}</span> : tiedWith(row.id).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {shown < rows.length ? (
        <Button className="button button-secondary" onPress={() => setShown((n) => n + PAGE)}>
          {t('map.table.more', { count: Math.min(PAGE, rows.length - shown) })}
        </Button>
      ) : null}
    </section>
  );
}
