/**
 * A partner's confirmation that the overview of its shared history is complete (a stage-1
 * criterion, DESIGN §5.5). A partner without any history confirms that too: "we share no history
 * with the others" is also an overview.
 *
 * The confirmation covers the history as it was at that moment. Once an entry involving the partner
 * is created, changed or deleted after it, the confirmation is stale: the partner must look again.
 */

/**
 * The stored confirmation, or `null` when the partner never confirmed (or withdrew it).
 *
 * @example { confirmedAt: new Date('2026-03-02T09:00:00Z'), confirmedBy: { id: 'u1', name: 'Rob' } }
 */
export interface HistoryConfirmation<Person> {
  confirmedAt: Date;
  confirmedBy: Person;
}

/**
 * Whether the partner's overview counts as confirmed now. `confirmedAt` and `confirmedBy` describe
 * the last confirmation even when it has gone stale; `staleSince` is the first change after it.
 */
export interface HistoryConfirmationStatus<Person> {
  confirmed: boolean;
  confirmedAt: Date | null;
  confirmedBy: Person | null;
  staleSince: Date | null;
}

/**
 * The status of a partner's confirmation, given the moments at which entries involving the partner
 * were created, changed or deleted (in any order). A change at the very moment of the confirmation
 * counts as seen by it; only a later one makes it stale.
 *
 * @example
 * const confirmation = { confirmedAt: new Date('2026-03-02T09:00:00Z'), confirmedBy: 'Rob' };
 * historyConfirmationStatus(confirmation, [new Date('2026-03-01T12:00:00Z')])
 * // { confirmed: true, confirmedAt: 2026-03-02T09:00Z, confirmedBy: 'Rob', staleSince: null }
 * historyConfirmationStatus(confirmation, [new Date('2026-03-05T10:00:00Z'), new Date('2026-03-04T08:00:00Z')])
 * // { confirmed: false, confirmedAt: 2026-03-02T09:00Z, confirmedBy: 'Rob', staleSince: 2026-03-04T08:00Z }
 */
export function historyConfirmationStatus<Person>(
  confirmation: HistoryConfirmation<Person> | null,
  changes: readonly Date[],
): HistoryConfirmationStatus<Person> {
  if (confirmation === null) return { confirmed: false, confirmedAt: null, confirmedBy: null, staleSince: null };
  const confirmedAt = confirmation.confirmedAt.getTime();
  let staleSince: number | null = null;
  for (const change of changes) {
    const at = change.getTime();
    if (at > confirmedAt && (staleSince === null || at < staleSince)) staleSince = at;
  }
  return {
    confirmed: staleSince === null,
    confirmedAt: confirmation.confirmedAt,
    confirmedBy: confirmation.confirmedBy,
    staleSince: staleSince === null ? null : new Date(staleSince),
  };
}

/**
 * The moment to stamp on an event (a confirmation, or a change of history) so that it sorts
 * strictly after the events it must follow, even when the clock has not moved on by a whole
 * millisecond (stored times have millisecond precision).
 *
 * @example stampAfter(new Date('2026-03-02T09:00:00.000Z'), [new Date('2026-03-02T09:00:00.000Z')]) // 09:00:00.001Z
 */
export function stampAfter(clock: Date, mustFollow: readonly Date[]): Date {
  let at = Math.floor(clock.getTime());
  for (const earlier of mustFollow) at = Math.max(at, earlier.getTime() + 1);
  return new Date(at);
}
