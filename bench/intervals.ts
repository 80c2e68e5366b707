import os from 'node:os';
import { roundIntervals } from '../src/domain/bootstrap.ts';
import { roundReliability } from '../src/domain/reliability.ts';
import { roundScores } from '../src/domain/round-results.ts';
import type { RoundResponse } from '../src/domain/scores.ts';
import { median, type BenchResult } from './report.ts';

const PARTNERS = 300;
const RESPONDENTS_PER_PARTNER = 4;
const RATED_PER_RESPONDENT = 25;
const WORKING_CIRCLE = 35;

/**
 * The round of bench/results.ts in memory: 300 partners, four respondents each (1,200), each
 * rating 25 of the 35 partners their organisation works with (30,000 ratings on about 10,400
 * dyads), the aspects and two agreements; 10 % "don't know".
 */
function benchRound(): { responses: RoundResponse[]; partnerIds: string[] } {
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const answer = () => (random() < 0.1 ? null : 1 + Math.floor(random() * 5));
  const partnerIds = Array.from({ length: PARTNERS }, (_, i) => `partner-${String(i).padStart(3, '0')}`);
  const responses: RoundResponse[] = [];
  for (let p = 0; p < PARTNERS; p++) {
    for (let r = 0; r < RESPONDENTS_PER_PARTNER; r++) {
      const circle = Array.from({ length: WORKING_CIRCLE }, (_, k) => partnerIds[(p + 1 + k) % PARTNERS]!);
      const partners: RoundResponse['partners'] = {};
      for (let k = 0; k < RATED_PER_RESPONDENT; k++) {
        const to = circle.splice(Math.floor(random() * circle.length), 1)[0]!;
        partners[to] = { level: Math.floor(random() * 6), reliability: answer(), openness: answer(), mission: answer(), influence: answer(), resources: answer(), involvement: answer() };
      }
      responses.push({
        respondentId: `respondent-${p}-${r}`,
        partnerId: partnerIds[p]!,
        aspects: { ambition: [answer(), answer()], interests: [answer(), answer()], relationship: [answer(), answer()], organisation: [answer(), answer()], process: [answer(), answer()] },
        agreements: { a1: { importance: answer(), adherence: answer() }, a2: { importance: answer(), adherence: answer() } },
        partners,
      });
    }
  }
  return { responses, partnerIds };
}


/** CPU time of one call in ms: on a shared machine the wall time also holds waiting for a core. */
function cpuTime(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1_000;
}

/**
 * Issue 10's target: the bootstrap intervals of DESIGN §5.9 (B = 2,000) for 300 partners, 1,200
 * respondents and 30,000 ratings, well under 1 s. Measured cold (the first call in this process,
 * as a first read of results is) and warm, as CPU time, next to the scores without intervals.
 */
export async function benchIntervals(): Promise<BenchResult[]> {
  const { responses, partnerIds } = benchRound();
  const label = `${PARTNERS} partners / 1,200 respondents / 30,000 ratings`;
  const load = os.loadavg()[0]!;
  const cold = cpuTime(() => roundIntervals(responses, partnerIds, 'bench-round-0'));
  const warm: number[] = [];
  for (let i = 1; i <= 5; i++) warm.push(cpuTime(() => roundIntervals(responses, partnerIds, `bench-round-${i}`)));
  const scores: number[] = [];
  for (let i = 0; i < 3; i++) scores.push(cpuTime(() => roundScores(responses, partnerIds)));
  const withIntervals: number[] = [];
  for (let i = 0; i < 3; i++) withIntervals.push(cpuTime(() => roundScores(responses, partnerIds, { roundId: `bench-round-${i}` })));
  const reliability: number[] = [];
  for (let i = 0; i < 3; i++) reliability.push(cpuTime(() => roundReliability(responses, partnerIds)));
  return [
    { name: `intervals, ${label}: first call (CPU)`, value: cold, unit: 'ms', target: 1_000 },
    { name: `intervals, ${label}: warm (CPU, median of 5)`, value: median(warm), unit: 'ms', target: 1_000 },
    { name: `scores without intervals (CPU, median of 3)`, value: median(scores), unit: 'ms' },
    { name: `scores with intervals (CPU, median of 3)`, value: median(withIntervals), unit: 'ms', target: 1_500 },
    { name: `reliability (CPU, median of 3)`, value: median(reliability), unit: 'ms' },
    { name: 'load average of the machine during the run (1 min)', value: load, unit: '' },
  ];
}
