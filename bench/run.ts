// npm run bench: the performance targets of the issues, measured on this machine.
// npm run bench -- graph web: only the suites named (see the keys below).
import { benchAvailability } from './availability.ts';
import { benchCoverage } from './coverage.ts';
import { benchDevelopment } from './development.ts';
import { benchDialogue } from './dialogue.ts';
import { benchDigest } from './digest.ts';
import { benchFoundation } from './foundation.ts';
import { benchGraph } from './graph.ts';
import { benchIntervals } from './intervals.ts';
import { benchMap } from './map.ts';
import { report } from './report.ts';
import { benchSessions } from './sessions.ts';
import { benchSubmissions } from './submissions.ts';
import { benchRestart } from './restart.ts';
import { benchResults } from './results.ts';
import { benchRoundsSubmit } from './rounds-submit.ts';
import { benchWeb } from './web.ts';

const suites: Array<[key: string, title: string, run: () => Promise<Parameters<typeof report>[1]>]> = [
  ['foundation', 'Foundation (PGlite)', benchFoundation],
  ['coverage', 'Availability coverage (domain)', benchCoverage],
  ['availability', 'Availability coverage endpoint (PostgreSQL, through the app)', benchAvailability],
  ['graph', 'Graph metrics of a round, partners / working ties (domain), against igraph', benchGraph],
  ['map', 'Network map (PostgreSQL)', benchMap],
  ['results', 'Round results (PostgreSQL)', benchResults],
  ['intervals', 'Bootstrap intervals and reliability (domain)', benchIntervals],
  ['rounds', 'Round submissions (PostgreSQL, HTTP)', benchRoundsSubmit],
  ['submissions', 'Round submissions against pgbench with the equivalent transaction (PostgreSQL, HTTP)', benchSubmissions],
  ['restart', 'Restart of the embedded database after kill -9 (PGlite, a server process)', benchRestart],
  ['sessions', 'Sessions and decisions (PostgreSQL)', benchSessions],
  ['development', 'Steps, requests, offers and goals (PostgreSQL)', benchDevelopment],
  ['dialogue', 'Stories, differences, vision and value map (PostgreSQL)', benchDialogue],
  ['digest', 'Daily mail digest job (PostgreSQL)', benchDigest],
  ['web', 'Web delivery: first-load JavaScript and Lighthouse (Chromium, example network)', benchWeb],
];

const chosen = process.argv.slice(2);
const unknown = chosen.filter((key) => !suites.some(([k]) => k === key));
if (unknown.length > 0) {
  console.error(`Unknown bench suite ${unknown.join(', ')}; choose from: ${suites.map(([k]) => k).join(', ')}`);
  process.exit(2);
}

let allOk = true;
for (const [key, title, run] of suites) {
  if (chosen.length > 0 && !chosen.includes(key)) continue;
  allOk = report(title, await run()) && allOk;
}
process.exitCode = allOk ? 0 : 1;
