// npm run bench: the performance targets of the issues, measured on this machine.
import { benchCoverage } from './coverage.ts';
import { benchFoundation } from './foundation.ts';
import { benchMap } from './map.ts';
import { report } from './report.ts';

const suites: Array<[string, () => Promise<Parameters<typeof report>[1]>]> = [
  ['Foundation (PGlite)', benchFoundation],
  ['Availability coverage (domain)', benchCoverage],
  ['Network map (PostgreSQL)', benchMap],
];

let allOk = true;
for (const [title, run] of suites) allOk = report(title, await run()) && allOk;
process.exitCode = allOk ? 0 : 1;
