import { MIN_K } from './anonymity.ts';

/**
 * The response to a round (DESIGN §5.9): who was invited, who answered, the rate, and whether
 * closing the round asks the coordinator to confirm. A round closed on a low response is marked
 * *low response* and is left out of trends, signals and the stage unless the coordinator includes
 * it (that bookkeeping lives with the round; these are the rules).
 */

/** Closing below this response rate (responded / invited) asks for confirmation. */
export const LOW_RESPONSE_RATE = 0.5;

export interface ResponseCount {
  invited: number;
  responded: number;
}

export interface PartnerResponse extends ResponseCount {
  partnerId: string;
}

export type LowResponseReason = 'rate_below_half' | 'fewer_than_k';

/** The response of a round: in all and per partner, with what closing it needs. */
export interface ResponseSummary extends ResponseCount {
  rate: number | null;
  partners: (PartnerResponse & { rate: number | null; belowK: boolean })[];
  /** Partners with fewer than k respondents (their received scores are held back by §5.3). */
  partnersBelowK: string[];
  /** Why closing needs confirmation; empty when it does not. */
  lowResponse: LowResponseReason[];
}

/**
 * responded / invited, or null when nobody was invited.
 *
 * @example responseRate({ invited: 21, responded: 1 }) // 0.047…
 */
export function responseRate(count: ResponseCount): number | null {
  return count.invited === 0 ? null : count.responded / count.invited;
}

/**
 * Why closing a round needs confirmation: a response rate below 50 % (compared in whole numbers,
 * so exactly half is not below), or fewer than k respondents in all. Empty: close without asking.
 *
 * @example lowResponseReasons({ invited: 21, responded: 1 }, 3) // ['rate_below_half', 'fewer_than_k']
 */
export function lowResponseReasons(total: ResponseCount, k: number): LowResponseReason[] {
  const reasons: LowResponseReason[] = [];
  if (total.invited > 0 && total.responded * 2 < total.invited) reasons.push('rate_below_half');
  if (total.responded < Math.max(k, MIN_K)) reasons.push('fewer_than_k');
  return reasons;
}

/** Whether closing needs the coordinator's confirmation (see `lowResponseReasons`). */
export function closingNeedsConfirmation(total: ResponseCount, k: number): boolean {
  return lowResponseReasons(total, k).length > 0;
}

/**
 * The partners with fewer than k respondents, in the order given. Normal in a small network; the
 * page lists them.
 *
 * @example partnersBelowK([{ partnerId: 'ggz', invited: 3, responded: 2 }], 3) // ['ggz']
 */
export function partnersBelowK(perPartner: readonly PartnerResponse[], k: number): string[] {
  return perPartner.filter((p) => p.responded < Math.max(k, MIN_K)).map((p) => p.partnerId);
}

/**
 * Everything about a round's response at once: totals, rates per partner, the partners below k and
 * whether closing needs confirmation.
 *
 * @example responseSummary([{ partnerId: 'ggz', invited: 4, responded: 1 }], 3).lowResponse // ['rate_below_half', 'fewer_than_k']
 */
export function responseSummary(perPartner: readonly PartnerResponse[], k: number): ResponseSummary {
  const total = perPartner.reduce((sum, p) => ({ invited: sum.invited + p.invited, responded: sum.responded + p.responded }), { invited: 0, responded: 0 });
  const below = new Set(partnersBelowK(perPartner, k));
  return {
    ...total,
    rate: responseRate(total),
    partners: perPartner.map((p) => ({ ...p, rate: responseRate(p), belowK: below.has(p.partnerId) })),
    partnersBelowK: [...below],
    lowResponse: lowResponseReasons(total, k),
  };
}
