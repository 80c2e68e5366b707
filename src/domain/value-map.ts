import { reaches } from './threshold.ts';

/**
 * The value map (waardenkaart, DESIGN §4): each partner states its own contribution per value
 * dimension on a 0–3 scale; beside it stands the value the other partners perceive, the received
 * value V(·→B) of the last closed round (DESIGN §5.2, on 0–100). A large gap between the two is a
 * signal for the agenda.
 */

/** The value dimensions a network starts with (Dutch, the UI's first language); the coordinator may change them. */
export const DEFAULT_VALUE_DIMENSIONS = [
  'Waarde voor cliënten',
  'Expertise',
  'Capaciteit',
  'Toegang tot de doelgroep',
  'Financiering',
  'Mandaat',
  'Kennis en data',
] as const;

/** A claim runs from 0 (we add nothing here) to 3 (we carry this for the network). */
export const MAX_CLAIM = 3;

/** A gap of this many points (on 0–100) or more between claimed and perceived value is flagged. */
export const VALUE_GAP_FLAG = 30;

/**
 * A partner's claimed level on 0–100: the mean of its claims, scaled so that 3 is 100. Null when
 * it claimed nothing.
 *
 * @example claimedLevel([3, 2, 1]) // 66.66…
 */
export function claimedLevel(claims: readonly number[]): number | null {
  if (claims.length === 0) return null;
  const mean = claims.reduce((sum, c) => sum + c, 0) / claims.length;
  return (mean / MAX_CLAIM) * 100;
}

/**
 * The gap between what a partner claims and what the others perceive: positive when it claims
 * more than others perceive, negative when others value it more than it claims. Null unless both
 * are known; flagged when its size reaches VALUE_GAP_FLAG.
 *
 * @example valueGap(80, 45) // { gap: 35, flagged: true }
 */
export function valueGap(claimed: number | null, perceived: number | null): { gap: number | null; flagged: boolean } {
  if (claimed === null || perceived === null) return { gap: null, flagged: false };
  const gap = claimed - perceived;
  return { gap, flagged: reaches(Math.abs(gap), VALUE_GAP_FLAG) };
}
