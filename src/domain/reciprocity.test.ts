import { describe, expect, it } from 'vitest';
import { reciprocity } from './reciprocity.ts';

const now = new Date('2026-11-23T12:00:00Z');
const req = (requesterId: string, providerId: string, fulfilledAt = '2026-10-01T00:00:00Z') => ({ requesterId, providerId, fulfilledAt: new Date(fulfilledAt) });

describe('reciprocity', () => {
  it('balances given against received', () => {
    const requests = [req('ggz', 'lvb'), req('ggz', 'lvb'), req('lvb', 'ggz'), req('gemeente', 'lvb')];
    expect(reciprocity(['ggz', 'lvb', 'gemeente', 'wijkteam'], requests, now)).toEqual([
      { partnerId: 'ggz', given: 1, received: 2, balance: -1 / 3 },
      { partnerId: 'lvb', given: 3, received: 1, balance: 0.5 },
      { partnerId: 'gemeente', given: 0, received: 1, balance: -1 },
      { partnerId: 'wijkteam', given: 0, received: 0, balance: 0 },
    ]);
  });
  it('counts only the last twelve months', () => {
    const requests = [req('ggz', 'lvb', '2025-11-23T12:00:00Z'), req('ggz', 'lvb', '2025-11-23T12:00:01Z')];
    expect(reciprocity(['lvb'], requests, now)).toEqual([{ partnerId: 'lvb', given: 1, received: 0, balance: 1 }]);
  });
});
