import { useTranslation } from 'react-i18next';
import type { MapData, Sector } from '../../api.ts';
import { SECTORS } from '../../api.ts';
import { SECTOR_COLOURS } from './sectorColours.ts';

/** Which colour stands for which sector, for the sectors on the map. */
export function SectorLegend({ map }: { map: MapData }) {
  const { t } = useTranslation();
  const present = new Set<Sector>(map.nodes.map((n) => n.sector));
  const sectors = SECTORS.filter((s) => present.has(s));
  if (sectors.length === 0) return null;
  return (
    <div className="map-legend">
      <p id="map-legend-heading" className="map-legend-title">
        {t('map.legend')}
      </p>
      <ul aria-labelledby="map-legend-heading" className="map-legend-list">
        {sectors.map((sector) => (
          <li key={sector}>
            <span className="map-swatch" style={{ backgroundColor: SECTOR_COLOURS[sector] }} aria-hidden="true" />
            {t(`sectors.${sector}`)}
          </li>
        ))}
      </ul>
      <p className="field-description">{t('map.legendSize')}</p>
    </div>
  );
}
