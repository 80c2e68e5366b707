/**
 * The schedule of a reflection round: when it may be planned, when its invitees are reminded,
 * and whether someone may still respond. Pure rules; the rounds feature applies them.
 */

export type RoundPhase = 'draft' | 'open' | 'closed';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Why a planned opening and closing moment cannot be used, or null when they can. */
export function scheduleProblem(opensAt: Date, closesAt: Date, now: Date): 'closes_before_opening' | 'closes_in_past' | null {
  if (closesAt.getTime() <= opensAt.getTime()) return 'closes_before_opening';
  if (closesAt.getTime() <= now.getTime()) return 'closes_in_past';
  return null;
}

/**
 * The moments at which invitees who have not responded yet are reminded: halfway between the
 * actual opening and the closing moment, and one day before closing. The day-before reminder is
 * dropped when it does not come after the halfway moment (rounds shorter than two days get one
 * reminder, halfway); a moment that has already passed at opening is dropped too.
 */
export function reminderMoments(openedAt: Date, closesAt: Date): Date[] {
  const open = openedAt.getTime();
  const close = closesAt.getTime();
  if (close <= open) return [];
  const halfway = open + (close - open) / 2;
  const dayBefore = close - DAY_MS;
  const moments = [halfway];
  if (dayBefore > halfway) moments.push(dayBefore);
  return moments.filter((m) => m > open && m < close).map((m) => new Date(Math.round(m)));
}

/** Whether an invitee last reminded at `remindedAt` still needs the reminder of `moment`. */
export function needsReminder(remindedAt: Date | null, moment: Date): boolean {
  return remindedAt === null || remindedAt.getTime() < moment.getTime();
}

/** Whether a round takes responses at `now`: open, and its closing moment not yet reached. */
export function acceptsResponses(round: { status: RoundPhase; closesAt: Date }, now: Date): boolean {
  return round.status === 'open' && now.getTime() < round.closesAt.getTime();
}
