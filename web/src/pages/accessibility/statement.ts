/**
 * The facts of the accessibility statement that change only when the check is done again: the
 * date of the last check and the status in the Dutch model (A: fully compliant, B: partly, C: first
 * measures taken, D: none yet, E: not compliant). Update both when the statement is reviewed.
 */
export const LAST_CHECKED = '2026-12-07';
export const STATUS = 'C';
/** The known limits, in the order the page lists them (catalog keys under accessibility.limits). */
export const KNOWN_LIMITS = ['map', 'charts', 'apiDocs', 'manual', 'downloads'] as const;
/** What the checks cover (catalog keys under accessibility.method). */
export const METHOD = ['axe', 'reflow', 'every'] as const;
