import { useTranslation } from 'react-i18next';
import { SECTORS, type RoundMap, type Sector } from '../../api.ts';
import { SelectField } from '../../components/SelectField.tsx';
import type { MapFilters } from './mapFilters.ts';

const NONE = 'none';

/** The choices of the map: which round and which to compare with, a sector, a kind of tie, one partner in focus. */
export function MapControls({
  map,
  round,
  compare,
  filters,
  onRound,
  onCompare,
  onFilters,
}: {
  map: RoundMap;
  round: string | null;
  compare: string | null;
  filters: MapFilters;
  onRound: (id: string) => void;
  onCompare: (id: string | null) => void;
  onFilters: (filters: MapFilters) => void;
}) {
  const { t } = useTranslation();
  const rounds = [...map.rounds].reverse().map((r) => ({ id: r.id, label: r.title }));
  const present = new Set(map.nodes.map((n) => n.sector));
  const partners = [...map.nodes].sort((x, y) => x.name.localeCompare(y.name)).map((n) => ({ id: n.id, label: n.name }));
  return (
    <section aria-labelledby="map-controls-heading" className="map-controls">
      <h2 id="map-controls-heading">{t('map.controls.heading')}</h2>
      <div className="form-row">
        {rounds.length > 0 ? (
          <>
            <SelectField label={t('map.controls.round')} placeholder={t('map.controls.round')} options={rounds} value={round ?? map.round?.id ?? null} onChange={(id) => id && onRound(id)} />
            <SelectField
              label={t('map.controls.compare')}
              placeholder={t('map.controls.noCompare')}
              options={[{ id: NONE, label: t('map.controls.noCompare') }, ...rounds.filter((r) => r.id !== (round ?? map.round?.id))]}
              value={compare ?? NONE}
              onChange={(id) => onCompare(id === null || id === NONE ? null : id)}
            />
          </>
        ) : (
          <p className="muted">{t('map.controls.noRounds')}</p>
        )}
        <SelectField
          label={t('map.controls.sector')}
          placeholder={t('map.controls.allSectors')}
          options={[{ id: 'all', label: t('map.controls.allSectors') }, ...SECTORS.filter((s) => present.has(s)).map((s) => ({ id: s, label: t(`sectors.${s}`) }))]}
          value={filters.sector}
          onChange={(id) => onFilters({ ...filters, sector: (id ?? 'all') as Sector | 'all' })}
        />
        <SelectField
          label={t('map.controls.tieKind')}
          placeholder={t('map.controls.allTies')}
          options={[
            { id: 'all', label: t('map.controls.allTies') },
            { id: 'history', label: t('map.controls.historyTies') },
            { id: 'working', label: t('map.controls.workingTies') },
          ]}
          value={filters.tieKind}
          onChange={(id) => onFilters({ ...filters, tieKind: (id ?? 'all') as MapFilters['tieKind'] })}
        />
        <SelectField
          label={t('map.controls.focus')}
          placeholder={t('map.controls.noFocus')}
          options={[{ id: NONE, label: t('map.controls.noFocus') }, ...partners]}
          value={filters.focus ?? NONE}
          onChange={(id) => onFilters({ ...filters, focus: id === null || id === NONE ? null : id })}
        />
      </div>
    </section>
  );
}
