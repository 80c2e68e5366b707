import { describe, expect, it } from 'vitest';
import { dateFormatter } from '../web/src/components/formatDate.ts';

describe('the web date formatter', () => {
  it('writes a calendar day out in Dutch and English, the same day in every time zone', () => {
    expect(dateFormatter('nl').day('2026-11-15')).toBe('15 november 2026');
    expect(dateFormatter('en').day('2026-11-15')).toBe('15 November 2026');
  });

  it('gives charts a short day: "15 nov."', () => {
    expect(dateFormatter('nl').shortDay('2026-11-15')).toBe('15 nov.');
    expect(dateFormatter('nl').shortDay('2026-05-15')).toBe('15 mei');
    expect(dateFormatter('en').shortDay('2026-11-15')).toBe('15 Nov');
  });

  it('takes the Dutch day of an instant', () => {
    // 23:30 UTC on 14 November is 00:30 on the 15th in Amsterdam.
    expect(dateFormatter('nl').date('2026-11-14T23:30:00.000Z')).toBe('15 november 2026');
    expect(dateFormatter('nl').dateTime('2026-11-14T23:30:00.000Z')).toBe('15 nov 2026, 00:30');
  });
});
