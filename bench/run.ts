// npm run bench: the performance targets of the issues, measured on this machine.
import { benchAvailability } from './availability.ts';
import { benchCoverage } from './coverage.ts';
import { benchDevelopment } from './development.ts';
import { benchDialogue } from './dialogue.ts';
import { benchFoundation } from './foundation.ts';
import { benchIntervals } from './intervals.ts';
import { benchMap } from './map.ts';
import { report } from './report.ts';
import { benchSessions } from './sessions.ts';
import { benchResults } from './results.ts';
import { benchRoundsSubmit } from './rounds-submit.ts';

const suites: Array<[string, () => Promise<Parameters<typeof report>[1]>]> = [
  ['Foundation (PGlite)', benchFoundation],
  ['Availability coverage (domain)', benchCoverage],
  ['Availability coverage endpoint (PostgreSQL, through the app)', benchAvailability],
  ['Network map (PostgreSQL)', benchMap],
  ['Round results (PostgreSQL)', benchResults],
  ['Bootstrap intervals and reliability (domain)', benchIntervals],
  ['Round submissions (PostgreSQL, HTTP)', benchRoundsSubmit],
  ['Sessions and decisions (PostgreSQL)', benchSessions],
  ['Steps, requests, offers and goals (PostgreSQL)', benchDevelopment],
  ['Stories, differences, vision and value map (PostgreSQL)', benchDialogue],
];

let allOk = true;
for (const [title, run] of suites) allOk = report(title, await run()) && allOk;
process.exitCode = allOk ? 0 : 1;
