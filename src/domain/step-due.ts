/** A step is overdue when it is still open or claimed and its due day has passed (the due day itself is not late). */
export function isStepOverdue(step: { status: string; dueOn: string | null }, today: string): boolean {
  return step.dueOn !== null && (step.status === 'open' || step.status === 'claimed') && step.dueOn < today;
}
