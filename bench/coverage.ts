import { coverage, type Slot, type Weekday } from '../src/domain/coverage.ts';
import type { BenchResult } from './report.ts';

/** Issue 4's target: coverage for 100 partners with 50 slots each over 365 days, under 200 ms. */
export async function benchCoverage(): Promise<BenchResult[]> {
  const slots: Slot[] = [];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const time = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  for (let p = 0; p < 100; p++) {
    for (let s = 0; s < 50; s++) {
      const startHour = Math.floor(random() * 24);
      slots.push({
        partnerId: `partner-${p}`,
        weekday: (1 + Math.floor(random() * 7)) as Weekday,
        start: time(startHour, random() < 0.5 ? 0 : 30),
        end: time((startHour + 2 + Math.floor(random() * 10)) % 24, 0),
        validFrom: null,
        validUntil: null,
        priority: 1 + Math.floor(random() * 3),
        contact: `Dienst ${p}`,
      });
    }
  }
  const from = Date.parse('2027-01-01T00:00:00+01:00');
  const to = Date.parse('2028-01-01T00:00:00+01:00');
  const run = () => coverage(slots, [], { windows: null, minPartners: 30 }, from, to);
  run(); // warm up
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return [{ name: 'coverage, 100 partners × 50 slots, 365 days (median of 5)', value: times[2]!, unit: 'ms', target: 200 }];
}
