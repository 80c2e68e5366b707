import type { RoundDisclosure } from './disclosure.ts';
import { WORKING_TIE_LEVEL } from './graph.ts';
import { maySeeDyad } from './permissions.ts';
import type { Membership } from './membership.ts';
import type { WorkingTie } from './network-map.ts';
import type { DyadScore } from './scores.ts';
import { reaches } from './threshold.ts';

/**
 * The working ties of a round as one viewer may see them on the network map (DESIGN §5.3, §5.4):
 * a working tie {A, B} exists when `max(L(A→B), L(B→A)) ≥ 2` and derives from both directions, so
 * it is shown only when the viewer may see each direction that has a level under the round's
 * disclosure mode and frozen k (`maySeeDyad`: at least k respondents, or — in `organisation`
 * mode — the coordinator, partner A or partner B). A hidden direction hides the tie and
 * everything derived from it (its level, its changes, the degree it adds).
 */

/** A working tie with the level of each direction (null: that direction was not rated). */
export interface RoundTie extends WorkingTie {
  levelAB: number | null;
  levelBA: number | null;
}

export type MapViewer = Pick<Membership, 'role' | 'partnerId'>;

const key = (a: string, b: string) => `${a}\u0000${b}`;

/**
 * The working ties of a round that the viewer may see, `a < b`, ordered by `a` then `b`.
 *
 * @example visibleWorkingTies(dyads, { role: 'observer', partnerId: null }, { mode: 'organisation', k: 3 }) // only ties whose rated directions rest on ≥ 3 respondents
 */
export function visibleWorkingTies(dyads: readonly Pick<DyadScore, 'from' | 'to' | 'level'>[], viewer: MapViewer, disclosure: RoundDisclosure): RoundTie[] {
  const levels = new Map(dyads.filter((d) => d.level.value !== null).map((d) => [key(d.from, d.to), d.level]));
  const seen = new Set<string>();
  const ties: RoundTie[] = [];
  for (const d of dyads) {
    const [a, b] = d.from < d.to ? [d.from, d.to] : [d.to, d.from];
    if (a === b || seen.has(key(a, b))) continue;
    seen.add(key(a, b));
    const ab = levels.get(key(a, b));
    const ba = levels.get(key(b, a));
    const level = Math.max(ab?.value ?? -Infinity, ba?.value ?? -Infinity);
    if (!reaches(level, WORKING_TIE_LEVEL)) continue;
    const visible = ([[a, b, ab], [b, a, ba]] as const).every(([from, to, l]) => l === undefined || maySeeDyad(viewer, { from, to }, l.respondents, disclosure));
    if (!visible) continue;
    ties.push({ a, b, level, levelAB: ab?.value ?? null, levelBA: ba?.value ?? null });
  }
  return ties.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}

/** What changed between two rounds' visible working ties. */
export interface TieChanges {
  /** Ties of the later round that the earlier one did not have. */
  added: WorkingTie[];
  /** Ties of the earlier round that the later one no longer has. */
  removed: WorkingTie[];
  /** Ties in both whose level moved: `from` the earlier level `to` the later one. */
  changed: { a: string; b: string; from: number; to: number }[];
}

/**
 * The changes from `earlier` to `later` (both as the viewer sees them, so a hidden tie neither
 * appears nor disappears). Levels compared with the §5.2 tolerance.
 *
 * @example tieChanges([{ a: 'a', b: 'b', level: 2 }], [{ a: 'a', b: 'b', level: 3 }, { a: 'a', b: 'c', level: 2 }])
 * // { added: [{ a: 'a', b: 'c', level: 2 }], removed: [], changed: [{ a: 'a', b: 'b', from: 2, to: 3 }] }
 */
export function tieChanges(earlier: readonly WorkingTie[], later: readonly WorkingTie[]): TieChanges {
  const before = new Map(earlier.map((t) => [key(t.a, t.b), t]));
  const after = new Map(later.map((t) => [key(t.a, t.b), t]));
  const plain = (t: WorkingTie): WorkingTie => ({ a: t.a, b: t.b, level: t.level });
  return {
    added: later.filter((t) => !before.has(key(t.a, t.b))).map(plain),
    removed: earlier.filter((t) => !after.has(key(t.a, t.b))).map(plain),
    changed: later.flatMap((t) => {
      const old = before.get(key(t.a, t.b));
      return old && Math.abs(old.level - t.level) > 1e-9 ? [{ a: t.a, b: t.b, from: old.level, to: t.level }] : [];
    }),
  };
}
