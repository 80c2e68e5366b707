export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The upper bound, when it sets one. */
  target?: number;
  /** The lower bound, when it sets one (a score to reach). */
  minimum?: number;
}

/** Prints the results as a table and returns whether every target was met. */
export function report(title: string, results: BenchResult[]): boolean {
  console.log(`\n${title}`);
  let ok = true;
  for (const r of results) {
    let verdict = r.target === undefined ? '' : r.value <= r.target ? `  ok (target < ${r.target} ${r.unit})` : `  OVER TARGET (< ${r.target} ${r.unit})`;
    if (r.target !== undefined && r.value > r.target) ok = false;
    if (r.minimum !== undefined) verdict = r.value >= r.minimum ? `  ok (target ≥ ${r.minimum})` : `  BELOW TARGET (≥ ${r.minimum})`;
    if (r.minimum !== undefined && r.value < r.minimum) ok = false;
    console.log(`  ${r.name.padEnd(52)} ${r.value.toFixed(2).padStart(10)} ${r.unit}${verdict}`);
  }
  return ok;
}

/** The middle value of `xs` (of an even count, the upper of the two middle ones). */
export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The p-th percentile of `xs` (0–100) by the nearest-rank method: the smallest value with at least p % of them at or below it. */
export const percentile = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1))]!;
