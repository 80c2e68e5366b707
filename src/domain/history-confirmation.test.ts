import { describe, expect, it } from 'vitest';
import { historyConfirmationStatus, stampAfter } from './history-confirmation.ts';

const at = (iso: string) => new Date(iso);
const confirmation = { confirmedAt: at('2026-03-02T09:00:00.000Z'), confirmedBy: 'Rob' };

describe('historyConfirmationStatus', () => {
  it('is not confirmed when the partner never confirmed, whatever happened', () => {
    expect(historyConfirmationStatus(null, [])).toEqual({ confirmed: false, confirmedAt: null, confirmedBy: null, staleSince: null });
    expect(historyConfirmationStatus(null, [at('2026-03-01T00:00:00Z')]).staleSince).toBeNull();
  });

  it('is confirmed for a partner without any history', () => {
    expect(historyConfirmationStatus(confirmation, [])).toEqual({ confirmed: true, confirmedAt: confirmation.confirmedAt, confirmedBy: 'Rob', staleSince: null });
  });

  it('stays confirmed when every change came before the confirmation, or at the same moment', () => {
    const status = historyConfirmationStatus(confirmation, [at('2026-03-01T12:00:00Z'), at('2026-03-02T09:00:00.000Z')]);
    expect(status).toEqual({ confirmed: true, confirmedAt: confirmation.confirmedAt, confirmedBy: 'Rob', staleSince: null });
  });

  it('goes stale from the first change after it, keeping who confirmed when', () => {
    const status = historyConfirmationStatus(confirmation, [at('2026-03-05T10:00:00Z'), at('2026-03-01T08:00:00Z'), at('2026-03-02T09:00:00.001Z')]);
    expect(status).toEqual({ confirmed: false, confirmedAt: confirmation.confirmedAt, confirmedBy: 'Rob', staleSince: at('2026-03-02T09:00:00.001Z') });
  });
});

describe('stampAfter', () => {
  it('takes the clock when it is already past everything it must follow', () => {
    expect(stampAfter(at('2026-03-02T09:00:01Z'), [at('2026-03-02T09:00:00Z')])).toEqual(at('2026-03-02T09:00:01Z'));
    expect(stampAfter(at('2026-03-02T09:00:01Z'), [])).toEqual(at('2026-03-02T09:00:01Z'));
  });
  it('moves one millisecond past an event at the same moment or later (a clock that lags)', () => {
    expect(stampAfter(at('2026-03-02T09:00:00.000Z'), [at('2026-03-02T09:00:00.000Z')])).toEqual(at('2026-03-02T09:00:00.001Z'));
    expect(stampAfter(at('2026-03-02T09:00:00.000Z'), [at('2026-03-02T09:00:00.500Z'), at('2026-03-02T08:00:00Z')])).toEqual(at('2026-03-02T09:00:00.501Z'));
  });
  it('drops sub-millisecond parts, as the database stores milliseconds', () => {
    const clock = new Date(1_772_442_000_000.7);
    expect(stampAfter(clock, []).getTime()).toBe(1_772_442_000_000);
  });
});
