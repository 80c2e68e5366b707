import { describe, expect, it } from 'vitest';
import { mailCalendarDay, mailDay, mailTime } from './dates.ts';

describe('dates in mails', () => {
  it('writes the day out in Dutch and in English', () => {
    expect(mailDay(new Date('2026-11-15T10:00:00Z'), 'nl')).toBe('15 november 2026');
    expect(mailDay(new Date('2026-11-15T10:00:00Z'), 'en')).toBe('15 November 2026');
  });

  it('takes the day in the Netherlands, not in UTC', () => {
    // 23:30 UTC on 19 December is 00:30 on the 20th in Amsterdam (winter time, UTC+1).
    expect(mailDay(new Date('2026-12-19T23:30:00Z'), 'nl')).toBe('20 december 2026');
  });

  it('gives the Dutch wall-clock time, in summer time too', () => {
    expect(mailTime(new Date('2026-12-20T16:00:00Z'), 'nl')).toBe('20 december 2026 om 17:00');
    expect(mailTime(new Date('2026-06-20T16:00:00Z'), 'en')).toBe('20 June 2026 at 18:00');
  });

  it('writes a calendar day with its weekday, whatever the zone', () => {
    expect(mailCalendarDay('2026-12-21', 'nl')).toBe('maandag 21 december 2026');
    expect(mailCalendarDay('2026-12-21', 'en')).toBe('Monday, 21 December 2026');
  });
});
