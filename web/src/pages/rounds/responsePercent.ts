/** The share of invitees who submitted, as a whole percentage (0 when nobody was invited). */
export function responsePercent(counts: { invited: number; submitted: number }): number {
  return counts.invited === 0 ? 0 : Math.round((counts.submitted / counts.invited) * 100);
}
