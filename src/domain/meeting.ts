/**
 * Rules of running a session (DESIGN §4 dialogue, issue 12 item 4): the agenda's time boxes against
 * the session's length, and attendance per partner with who came.
 */

export type AttendanceStatus = 'present' | 'absent' | 'excused';

export interface TimeBudget {
  /** The sum of the time boxes that are set. */
  plannedMinutes: number;
  /** The session's length; null when it is not set. */
  durationMinutes: number | null;
  /** How many minutes the time boxes run past the session's length (0 when they fit or there is no length). */
  overByMinutes: number;
  /** Items without a time box. */
  itemsWithoutTimeBox: number;
}

/**
 * The agenda's time boxes against the session's length.
 *
 * @example agendaTimeBudget([{ timeBoxMinutes: 30 }, { timeBoxMinutes: 45 }], 60) // { plannedMinutes: 75, overByMinutes: 15, … }
 */
export function agendaTimeBudget(items: readonly { timeBoxMinutes: number | null }[], durationMinutes: number | null): TimeBudget {
  const plannedMinutes = items.reduce((sum, item) => sum + (item.timeBoxMinutes ?? 0), 0);
  return {
    plannedMinutes,
    durationMinutes,
    overByMinutes: durationMinutes === null ? 0 : Math.max(0, plannedMinutes - durationMinutes),
    itemsWithoutTimeBox: items.filter((item) => item.timeBoxMinutes === null).length,
  };
}

/**
 * What is wrong with an attendance record: someone who came for a partner marked absent or
 * excused contradicts it, and a partner is recorded once. Returns one message per problem.
 */
export function attendanceProblems(
  partners: readonly { partnerId: string; status: AttendanceStatus }[],
  attendees: readonly { userId: string; partnerId: string | null }[],
): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const statusOf = new Map<string, AttendanceStatus>();
  partners.forEach((p, index) => {
    if (statusOf.has(p.partnerId)) problems.push({ path: ['partners', index, 'partnerId'], message: 'Each partner once' });
    statusOf.set(p.partnerId, p.status);
  });
  attendees.forEach((a, index) => {
    const status = a.partnerId === null ? undefined : statusOf.get(a.partnerId);
    if (status === 'absent' || status === 'excused') {
      problems.push({ path: ['attendeeIds', index], message: `This person came, but their partner is marked ${status}` });
    }
  });
  return problems;
}

/** Partners with someone who came count as present even when the coordinator did not say so. */
export function attendanceOfPartner(recorded: AttendanceStatus | undefined, attendeesOfPartner: number): AttendanceStatus | null {
  if (recorded) return recorded;
  return attendeesOfPartner > 0 ? 'present' : null;
}

/** Why someone may not claim a step of a session's decision: nobody was recorded yet, or they were not there. */
export type SessionClaimProblem = 'attendance_not_recorded' | 'not_present';

/**
 * A step that serves a decision of a session is claimed by someone who was there (issue 12 item 4):
 * the person is among those who came, or their partner is present at the session (recorded, or
 * because someone came for it). Returns what is in the way, or null. `partnerId` is the partner the
 * person works at or speaks for; the coordinator has none and counts only when they came.
 *
 * @example sessionClaimProblem({ userId: 'u1', partnerId: 'p1' }, { partners: [{ partnerId: 'p1', status: 'present' }], attendeeIds: [] }) // null
 */
export function sessionClaimProblem(
  claimant: { userId: string; partnerId: string | null },
  attendance: { partners: readonly { partnerId: string; status: AttendanceStatus | null }[]; attendeeIds: readonly string[] },
): SessionClaimProblem | null {
  if (attendance.attendeeIds.includes(claimant.userId)) return null;
  if (claimant.partnerId !== null && attendance.partners.some((p) => p.partnerId === claimant.partnerId && p.status === 'present')) return null;
  const recorded = attendance.attendeeIds.length > 0 || attendance.partners.some((p) => p.status !== null);
  return recorded ? 'not_present' : 'attendance_not_recorded';
}

/** What the API says when `sessionClaimProblem` refuses a claim. */
export const SESSION_CLAIM_MESSAGES: Record<SessionClaimProblem, string> = {
  attendance_not_recorded: 'The attendance of this session is not recorded yet: only someone who was there claims a step of its decisions',
  not_present: 'Only someone who was at this session, or whose partner was, claims a step of its decisions; you were not recorded present',
};
