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
