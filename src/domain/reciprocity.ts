/**
 * Reciprocity of a partner (DESIGN §5.8) over the last 12 months: `given` counts its fulfilled
 * requests for others, `received` the fulfilled requests for it; the balance is
 * (given − received) / (given + received), 0 when both are 0. Balances near 0 across partners
 * show equal commitment.
 */
export interface FulfilledRequest {
  /** The partner that asked. */
  requesterId: string;
  /** The partner that did it. */
  providerId: string;
  fulfilledAt: Date;
}

export interface ReciprocityBalance {
  partnerId: string;
  given: number;
  received: number;
  balance: number;
}

/** The window start: twelve months before `now`. */
export function reciprocityWindowStart(now: Date): Date {
  const start = new Date(now);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  return start;
}

/** @example reciprocity(['ggz', 'lvb'], requests, new Date()) */
export function reciprocity(partnerIds: string[], requests: FulfilledRequest[], now: Date): ReciprocityBalance[] {
  const since = reciprocityWindowStart(now).getTime();
  const recent = requests.filter((r) => r.fulfilledAt.getTime() > since && r.fulfilledAt.getTime() <= now.getTime() && r.requesterId !== r.providerId);
  return partnerIds.map((partnerId) => {
    const given = recent.filter((r) => r.providerId === partnerId).length;
    const received = recent.filter((r) => r.requesterId === partnerId).length;
    return { partnerId, given, received, balance: given + received === 0 ? 0 : (given - received) / (given + received) };
  });
}
