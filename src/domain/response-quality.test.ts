import { describe, expect, it } from 'vitest';
import { closingNeedsConfirmation, lowResponseReasons, partnersBelowK, responseRate, responseSummary } from './response-quality.ts';

describe('response rate', () => {
  it('is responded / invited, and unknown without invitees', () => {
    expect(responseRate({ invited: 21, responded: 1 })).toBeCloseTo(1 / 21, 12);
    expect(responseRate({ invited: 4, responded: 4 })).toBe(1);
    expect(responseRate({ invited: 0, responded: 0 })).toBeNull();
  });
});

describe('closing a round', () => {
  it('asks for confirmation below 50 %, not at exactly 50 %', () => {
    expect(lowResponseReasons({ invited: 21, responded: 10 }, 3)).toEqual(['rate_below_half']); // 47.6 %
    expect(lowResponseReasons({ invited: 20, responded: 10 }, 3)).toEqual([]); // exactly half
    expect(lowResponseReasons({ invited: 7, responded: 3 }, 3)).toEqual(['rate_below_half']); // 42.9 %
  });
  it('asks for confirmation with fewer than k respondents in all, k at least 2', () => {
    expect(lowResponseReasons({ invited: 4, responded: 2 }, 3)).toEqual(['fewer_than_k']);
    expect(lowResponseReasons({ invited: 3, responded: 3 }, 3)).toEqual([]);
    expect(lowResponseReasons({ invited: 2, responded: 1 }, 1)).toEqual(['fewer_than_k']);
    expect(lowResponseReasons({ invited: 21, responded: 1 }, 3)).toEqual(['rate_below_half', 'fewer_than_k']);
    expect(lowResponseReasons({ invited: 0, responded: 0 }, 3)).toEqual(['fewer_than_k']);
    expect(closingNeedsConfirmation({ invited: 21, responded: 1 }, 3)).toBe(true);
    expect(closingNeedsConfirmation({ invited: 10, responded: 6 }, 3)).toBe(false);
  });
});

describe('partners with fewer than k respondents', () => {
  const perPartner = [
    { partnerId: 'ggz', invited: 3, responded: 2 },
    { partnerId: 'lvb', invited: 4, responded: 3 },
    { partnerId: 'wijkteam', invited: 1, responded: 0 },
  ];
  it('lists them in the order given', () => {
    expect(partnersBelowK(perPartner, 3)).toEqual(['ggz', 'wijkteam']);
    expect(partnersBelowK(perPartner, 2)).toEqual(['wijkteam']);
  });
  it('sums up a round: 5 of 8 (62.5 %), two partners below k, no confirmation needed', () => {
    expect(responseSummary(perPartner, 3)).toEqual({
      invited: 8,
      responded: 5,
      rate: 0.625,
      partners: [
        { partnerId: 'ggz', invited: 3, responded: 2, rate: 2 / 3, belowK: true },
        { partnerId: 'lvb', invited: 4, responded: 3, rate: 0.75, belowK: false },
        { partnerId: 'wijkteam', invited: 1, responded: 0, rate: 0, belowK: true },
      ],
      partnersBelowK: ['ggz', 'wijkteam'],
      lowResponse: [],
    });
  });
});
