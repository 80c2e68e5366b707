import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { median, type BenchResult } from './report.ts';
import { freshPostgres } from './bench-database.ts';
import { RUNS, benchRoundsSubmit, responseBody } from './rounds-submit.ts';

const run = promisify(execFile);
const CLIENTS = 50;
const TRANSACTIONS = 1_000;
const PGBENCH = process.env.PGBENCH ?? '/usr/bin/pgbench';

/**
 * Issue 13's throughput comparison: the app's round submissions (1,000 from 50 concurrent
 * clients, bench/rounds-submit.ts) and, in the same run on the same PostgreSQL server, pgbench
 * doing the equivalent transaction with 50 clients: an upsert of a response of the same size
 * (one per respondent) plus an audit row, as many times as the app's runs. Prints both and the
 * app's share of pgbench's throughput, from the medians.
 */
export async function benchSubmissions(): Promise<BenchResult[]> {
  const app = await benchRoundsSubmit();
  const appThroughput = app.find((r) => r.name.endsWith(`throughput (median of ${RUNS} runs)`))!.value;
  const appP95 = app.find((r) => r.name.endsWith(`p95 (median of ${RUNS} runs)`))!.value;

  const database = await freshPostgres();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-pgbench-'));
  try {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`
      create table responses (id uuid primary key, round_id uuid not null, respondent int not null, answers jsonb not null, version int not null default 1, updated_at timestamptz not null default now(), unique (round_id, respondent));
      create table audit (id bigserial primary key, round_id uuid not null, respondent int not null, action text not null, created_at timestamptz not null default now());`);
    await client.end();
    const partners = Array.from({ length: 9 }, () => randomUUID());
    const agreements = Array.from({ length: 5 }, () => randomUUID());
    const answers = JSON.stringify(responseBody(partners, agreements, 7)).replaceAll("'", "''");
    const round = randomUUID();
    const script = path.join(dir, 'submit.sql');
    fs.writeFileSync(
      script,
      [
        `\\set respondent random(1, ${CLIENTS})`,
        'BEGIN;',
        `INSERT INTO responses (id, round_id, respondent, answers) VALUES (gen_random_uuid(), '${round}', :respondent, '${answers}') ` +
          'ON CONFLICT (round_id, respondent) DO UPDATE SET answers = excluded.answers, version = responses.version + 1, updated_at = now();',
        `INSERT INTO audit (round_id, respondent, action) VALUES ('${round}', :respondent, 'round.response.submitted');`,
        'COMMIT;',
        '',
      ].join('\n'),
    );
    // As many runs as the app's, one after the other on the same database; the median counts.
    const runs: Array<{ tps: number; latency: number }> = [];
    for (let i = 0; i < RUNS; i++) {
      const { stdout } = await run(PGBENCH, ['-n', '-c', String(CLIENTS), '-j', '2', '-t', String(TRANSACTIONS / CLIENTS), '-f', script, database.url], { maxBuffer: 1 << 20 });
      const tps = Number(/tps = ([\d.]+)/.exec(stdout)?.[1]);
      const latency = Number(/latency average = ([\d.]+) ms/.exec(stdout)?.[1]);
      if (!Number.isFinite(tps) || !Number.isFinite(latency)) throw new Error(`could not read pgbench's output:\n${stdout}`);
      runs.push({ tps, latency });
    }
    const tps = median(runs.map((r) => r.tps));
    return [
      ...app,
      ...runs.map((r, i) => ({ name: `pgbench, equivalent transaction, run ${i + 1}: throughput`, value: r.tps, unit: 'tx/s' })),
      { name: `pgbench, equivalent transaction, ${CLIENTS} clients: throughput (median)`, value: tps, unit: 'tx/s' },
      { name: `pgbench, equivalent transaction: mean latency (median)`, value: median(runs.map((r) => r.latency)), unit: 'ms' },
      { name: 'app throughput as a share of pgbench (medians)', value: (100 * appThroughput) / tps, unit: '%', minimum: 30 },
      { name: `app p95 at ${CLIENTS} clients (median of ${RUNS} runs)`, value: appP95, unit: 'ms', target: 100 },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
}
