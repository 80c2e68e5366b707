import { shownScore } from '../../domain/anonymity.ts';
import type { RoundDisclosure } from '../../domain/disclosure.ts';
import type { Membership } from '../../domain/membership.ts';
import { maySeeDyad } from '../../domain/permissions.ts';
import { reportedInterval } from '../../domain/uncertainty.ts';
import type { Interval, Score } from '../../domain/scores.ts';

/** Who is looking: the disclosure rule depends on the role and the partner. */
export type Viewer = Pick<Membership, 'role' | 'partnerId'>;

/** A score as the viewer may see it in one round: a number, or only the count when it may not be shown. */
export interface ShownPoint {
  roundId: string;
  value: number | null;
  respondents: number;
  insufficient: boolean;
  /** The 95 % interval of the value (DESIGN §5.9); null when there is no value or fewer than two respondents. */
  interval: Interval | null;
}

const NO_SCORE: Score = { value: null, respondents: 0, items: 0 };

/** A network-wide score of a round under its frozen k (DESIGN §5.3). */
export function shownPoint(roundId: string, score: Score | undefined, disclosure: RoundDisclosure): ShownPoint {
  const shown = shownScore(score ?? NO_SCORE, disclosure.k);
  return { roundId, value: shown.value, respondents: shown.respondents, insufficient: 'insufficient' in shown, interval: shown.value === null ? null : reportedInterval(score?.interval) };
}

/** A dyad measure of a round under its disclosure mode and frozen k, for the viewer (`maySeeDyad`). */
export function shownDyadPoint(roundId: string, dyad: { from: string; to: string }, score: Score | undefined, viewer: Viewer, disclosure: RoundDisclosure): ShownPoint {
  const respondents = score?.respondents ?? 0;
  if (maySeeDyad(viewer, dyad, respondents, disclosure)) {
    const value = score?.value ?? null;
    return { roundId, value, respondents, insufficient: false, interval: value === null ? null : reportedInterval(score?.interval) };
  }
  return { roundId, value: null, respondents, insufficient: true, interval: null };
}
