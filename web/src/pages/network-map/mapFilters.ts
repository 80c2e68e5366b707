import type { MapData, RoundMap, Sector } from '../../api.ts';

/** What the map shows of the data: a sector, a kind of tie, and one partner in focus (with its neighbours). */
export interface MapFilters {
  sector: Sector | 'all';
  tieKind: 'all' | 'history' | 'working';
  focus: string | null;
}

export const NO_FILTERS: MapFilters = { sector: 'all', tieKind: 'all', focus: null };

/**
 * The part of the map the filters leave: ties of the chosen kind, partners of the chosen sector
 * (a tie needs both its ends), and with a focus only that partner, the ties that touch it and the
 * partners at their other ends. The measures stay those of the whole network.
 */
export function filterMap(map: RoundMap, filters: MapFilters): MapData {
  const inSector = new Set(map.nodes.filter((n) => filters.sector === 'all' || n.sector === filters.sector || n.id === filters.focus).map((n) => n.id));
  const keep = <T extends { a: string; b: string }>(ties: T[], kind: 'history' | 'working') =>
    filters.tieKind !== 'all' && filters.tieKind !== kind
      ? []
      : ties.filter((t) => inSector.has(t.a) && inSector.has(t.b) && (filters.focus === null || t.a === filters.focus || t.b === filters.focus));
  const history = keep(map.ties.history, 'history');
  const working = keep(map.ties.working, 'working');
  const shown = new Set(filters.focus === null ? inSector : [filters.focus, ...[...history, ...working].flatMap((t) => [t.a, t.b])]);
  return { nodes: map.nodes.filter((n) => shown.has(n.id)), ties: { history, working }, metrics: map.metrics };
}
