import { describe, expect, it } from 'vitest';
import { agendaTimeBudget, attendanceOfPartner, attendanceProblems, sessionClaimProblem } from './meeting.ts';

describe('agendaTimeBudget', () => {
  it('adds the time boxes up and says how far they run past the session', () => {
    expect(agendaTimeBudget([{ timeBoxMinutes: 30 }, { timeBoxMinutes: 45 }, { timeBoxMinutes: null }], 60)).toEqual({
      plannedMinutes: 75,
      durationMinutes: 60,
      overByMinutes: 15,
      itemsWithoutTimeBox: 1,
    });
  });
  it('is not over when the boxes fit exactly, nor when the session has no length', () => {
    expect(agendaTimeBudget([{ timeBoxMinutes: 30 }, { timeBoxMinutes: 30 }], 60).overByMinutes).toBe(0);
    expect(agendaTimeBudget([{ timeBoxMinutes: 300 }], null)).toEqual({ plannedMinutes: 300, durationMinutes: null, overByMinutes: 0, itemsWithoutTimeBox: 0 });
    expect(agendaTimeBudget([], 90)).toEqual({ plannedMinutes: 0, durationMinutes: 90, overByMinutes: 0, itemsWithoutTimeBox: 0 });
  });
});

describe('attendance', () => {
  it('refuses someone who came for a partner marked absent or excused, and a partner twice', () => {
    const problems = attendanceProblems(
      [
        { partnerId: 'ggz', status: 'present' },
        { partnerId: 'wijk', status: 'excused' },
        { partnerId: 'ggz', status: 'absent' },
      ],
      [
        { userId: 'gert', partnerId: 'ggz' },
        { userId: 'mo', partnerId: 'wijk' },
        { userId: 'anna', partnerId: null },
      ],
    );
    expect(problems).toEqual([
      { path: ['partners', 2, 'partnerId'], message: 'Each partner once' },
      { path: ['attendeeIds', 0], message: 'This person came, but their partner is marked absent' },
      { path: ['attendeeIds', 1], message: 'This person came, but their partner is marked excused' },
    ]);
  });
  it('accepts a consistent record', () => {
    expect(attendanceProblems([{ partnerId: 'ggz', status: 'present' }, { partnerId: 'wijk', status: 'absent' }], [{ userId: 'gert', partnerId: 'ggz' }])).toEqual([]);
  });
  it('counts a partner with someone who came as present unless recorded otherwise', () => {
    expect(attendanceOfPartner(undefined, 1)).toBe('present');
    expect(attendanceOfPartner(undefined, 0)).toBeNull();
    expect(attendanceOfPartner('excused', 0)).toBe('excused');
  });
});

describe('sessionClaimProblem', () => {
  const rep = { userId: 'u1', partnerId: 'p1' };
  const coordinator = { userId: 'c1', partnerId: null };

  it('lets someone claim who came, or whose partner was present', () => {
    expect(sessionClaimProblem(rep, { partners: [{ partnerId: 'p1', status: null }], attendeeIds: ['u1'] })).toBeNull();
    expect(sessionClaimProblem(rep, { partners: [{ partnerId: 'p1', status: 'present' }], attendeeIds: [] })).toBeNull();
    expect(sessionClaimProblem(coordinator, { partners: [{ partnerId: 'p1', status: 'present' }], attendeeIds: ['c1'] })).toBeNull();
  });

  it('refuses someone whose partner was absent or excused, or who has no partner and did not come', () => {
    expect(sessionClaimProblem(rep, { partners: [{ partnerId: 'p1', status: 'absent' }, { partnerId: 'p2', status: 'present' }], attendeeIds: [] })).toBe('not_present');
    expect(sessionClaimProblem(rep, { partners: [{ partnerId: 'p1', status: 'excused' }], attendeeIds: ['u2'] })).toBe('not_present');
    expect(sessionClaimProblem(rep, { partners: [{ partnerId: 'p1', status: null }, { partnerId: 'p2', status: 'present' }], attendeeIds: [] })).toBe('not_present');
    expect(sessionClaimProblem(coordinator, { partners: [{ partnerId: 'p1', status: 'present' }], attendeeIds: ['u1'] })).toBe('not_present');
  });

  it('says so when nobody was recorded at all', () => {
    expect(sessionClaimProblem(rep, { partners: [{ partnerId: 'p1', status: null }], attendeeIds: [] })).toBe('attendance_not_recorded');
    expect(sessionClaimProblem(coordinator, { partners: [], attendeeIds: [] })).toBe('attendance_not_recorded');
  });
});
