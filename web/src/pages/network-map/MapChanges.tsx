import { useTranslation } from 'react-i18next';
import type { RoundMap } from '../../api.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

/** What changed in the working ties between the compared round and the shown one, as the viewer may see them. */
export function MapChanges({ map }: { map: RoundMap }) {
  const { t, i18n } = useTranslation();
  if (!map.changes || !map.compare || !map.round) return null;
  const level = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
  const names = new Map(map.nodes.map((n) => [n.id, n.name]));
  const pair = (a: string, b: string) => `${names.get(a) ?? a} – ${names.get(b) ?? b}`;
  const rows = [
    ...map.changes.added.map((c) => ({ key: `+${c.a}${c.b}`, pair: pair(c.a, c.b), what: t('map.changes.added', { level: level.format(c.level) }) })),
    ...map.changes.removed.map((c) => ({ key: `-${c.a}${c.b}`, pair: pair(c.a, c.b), what: t('map.changes.removed', { level: level.format(c.level) }) })),
    ...map.changes.changed.map((c) => ({ key: `~${c.a}${c.b}`, pair: pair(c.a, c.b), what: t('map.changes.changed', { from: level.format(c.from), to: level.format(c.to) }) })),
  ];
  return (
    <section aria-labelledby="map-changes-heading">
      <h2 id="map-changes-heading">{t('map.changes.heading', { from: map.compare.title, to: map.round.title })}</h2>
      {rows.length === 0 ? (
        <p>{t('map.changes.none')}</p>
      ) : (
        <TableRegion labelledBy="map-changes-caption">
          <table>
            <caption id="map-changes-caption">{t('map.changes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('map.changes.pair')}</th>
                <th scope="col">{t('map.changes.what')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.pair}</th>
                  <td>{row.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
