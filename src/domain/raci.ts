/**
 * Task division with RACI letters per partner (issue 4): Responsible, Accountable, Consulted,
 * Informed. Exactly one partner is accountable for each task.
 */
export const RACI = ['R', 'A', 'C', 'I'] as const;
export type RaciLetter = (typeof RACI)[number];

/** The broken rule of a task's assignments, or null when it holds. */
export function raciProblem(assignments: { partnerId: string; letter: RaciLetter }[]): string | null {
  const partners = assignments.map((a) => a.partnerId);
  if (new Set(partners).size !== partners.length) return 'A partner has one letter per task';
  const accountable = assignments.filter((a) => a.letter === 'A').length;
  if (accountable === 0) return 'A task needs exactly one accountable partner (A); none is given';
  if (accountable > 1) return `A task needs exactly one accountable partner (A); ${accountable} are given`;
  return null;
}
