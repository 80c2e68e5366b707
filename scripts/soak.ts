// npm run soak: 50 simulated users against two app processes on one PostgreSQL database, a
// realistic mix of reads and writes, bounded to 10 minutes (SOAK_MINUTES shortens it). Reports
// errors, latency percentiles and each process's resident memory: sampled every 5 s without forcing
// garbage collection, the median of the first minute after warm-up against the median of the last.
// Loopback only; the database server is BENCH_DATABASE_URL / TEST_DATABASE_URL (as in bench/).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePort, freshPostgres } from '../bench/bench-database.ts';
import { caller, responseBody } from '../bench/rounds-submit.ts';

const MINUTES = Math.min(10, Number(process.env.SOAK_MINUTES ?? 10));
const USERS = 50;
const PARTNERS = 10;
const WARM_UP_MS = Math.min(60_000, (MINUTES * 60_000) / 5);
const root = path.resolve(import.meta.dirname, '..');

function startApp(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['src/cli.ts', 'serve'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}`, SMTP_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('listens on') && resolve(child));
    child.once('exit', (code) => reject(new Error(`app exited with ${code}`)));
  });
}

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

const database = await freshPostgres();
const ports = [await freePort(), await freePort()];
const apps: ChildProcess[] = [];
try {
  for (const port of ports) apps.push(await startApp(database.url, port));
  const origins = ports.map((p) => `http://127.0.0.1:${p}`);
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const { call: coordinator } = caller(origins[0]!);
  await coordinator('POST', '/api/setup', { name: 'Soak Beheer', email: 'soak@ketenregie.test', password: 'soak-wachtwoord-1' });
  const network = await coordinator('POST', '/api/networks', { name: 'Soak netwerk' });
  const base = `/api/networks/${network.id}`;
  const partners: string[] = [];
  for (let i = 0; i < PARTNERS; i++) partners.push((await coordinator('POST', `${base}/partners`, { name: `Partner ${i + 1}`, sector: 'anders' })).id);
  // Each user is signed in through one process and, like a load balancer would, half of them talk to the other.
  const users: Array<{ call: ReturnType<typeof caller>['call']; partnerId: string }> = [];
  for (let i = 0; i < USERS; i++) {
    const email = `soak${i}@bench.test`;
    const partnerId = partners[i % PARTNERS]!;
    await coordinator('POST', `${base}/invitations`, { email, role: 'representative', partnerId });
    const { rows } = await db.query<{ body_text: string }>('select body_text from mail_messages where to_address = $1', [email]);
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(rows[0]!.body_text)![1]!;
    const signedIn = caller(origins[0]!);
    await signedIn.call('POST', `/api/invitations/${token}/accept`, { name: `Soak ${i}`, password: 'een-goed-wachtwoord' });
    const talker = caller(origins[i % 2]!);
    for (const [k, v] of signedIn.cookies) talker.cookies.set(k, v);
    users.push({ call: talker.call, partnerId });
  }
  const round = await coordinator('POST', `${base}/rounds`, {
    title: 'Soak ronde',
    opensAt: new Date(Date.now() + 3_600_000).toISOString(),
    closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
  });
  await coordinator('POST', `${base}/rounds/${round.id}/open`);
  await db.end();

  // A user's session: mostly reading the network's pages, now and then submitting or changing a response.
  const actions: Array<[weight: number, (u: (typeof users)[number], n: number) => Promise<unknown>]> = [
    [3, (u) => u.call('GET', base)],
    [3, (u) => u.call('GET', `${base}/partners`)],
    [2, (u) => u.call('GET', `${base}/rounds`)],
    [2, (u) => u.call('GET', '/api/me')],
    [1, (u) => u.call('GET', `${base}/rounds/${round.id}/responses/mine`)],
    [2, (u, n) => u.call('POST', `${base}/rounds/${round.id}/responses`, responseBody(partners.filter((p) => p !== u.partnerId), [], n))],
  ];
  const total = actions.reduce((s, [w]) => s + w, 0);
  const pick = (n: number) => {
    let r = n % total;
    for (const [w, action] of actions) if ((r -= w) < 0) return action;
    return actions[0]![1];
  };
  const latencies: number[] = [];
  const errors: string[] = [];
  const started = performance.now();
  const end = started + MINUTES * 60_000;
  // Resident memory as the operating system sees it, as the processes run (GC is never forced).
  const rssSamples: Array<{ at: number; mb: number[] }> = [];
  let n = 0;
  const sampler = setInterval(() => {
    const at = performance.now() - started;
    if (at >= WARM_UP_MS) rssSamples.push({ at, mb: apps.map((a) => rssMb(a.pid!)) });
  }, 5_000);
  await Promise.all(
    users.map(async (u) => {
      while (performance.now() < end) {
        const i = n++;
        const t0 = performance.now();
        try {
          await pick(i * 7919)(u, i);
          if (t0 - started >= WARM_UP_MS) latencies.push(performance.now() - t0);
        } catch (err) {
          errors.push((err as Error).message);
        }
        // Think time: people read a page before the next click.
        await new Promise((r) => setTimeout(r, 50 + (i % 10) * 20));
      }
    }),
  );
  clearInterval(sampler);
  const sampled = performance.now() - started;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const windowMs = Math.min(60_000, (sampled - WARM_UP_MS) / 4);
  const rssOf = (i: number, from: number, to: number) => median(rssSamples.filter((x) => x.at >= from && x.at <= to).map((x) => x.mb[i]!));
  const warmRss = apps.map((_, i) => rssOf(i, WARM_UP_MS, WARM_UP_MS + windowMs));
  const endRss = apps.map((_, i) => rssOf(i, sampled - windowMs, sampled));
  const peakRss = apps.map((_, i) => Math.max(...rssSamples.map((x) => x.mb[i]!)));
  latencies.sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil((q / 100) * latencies.length) - 1)] ?? NaN;
  console.log(`soak: ${MINUTES} min, ${USERS} users, 2 app processes on PostgreSQL`);
  console.log(`  requests ${n}, after warm-up ${latencies.length}, errors ${errors.length}${errors.length ? ` (first: ${errors[0]})` : ''}`);
  console.log(`  latency p50 ${p(50).toFixed(1)} ms, p95 ${p(95).toFixed(1)} ms (target < 150), max ${p(100).toFixed(1)} ms`);
  const growth = endRss.map((r, i) => (100 * (r - warmRss[i]!)) / warmRss[i]!);
  endRss.forEach((r, i) =>
    console.log(
      `  process ${i + 1}: RSS ${warmRss[i]!.toFixed(0)} MB after warm-up, ${r.toFixed(0)} MB at the end (${growth[i]!.toFixed(1)} %, flat < 10 %), peak ${peakRss[i]!.toFixed(0)} MB; ` +
        `medians of ${(windowMs / 1000).toFixed(0)} s windows of 5 s samples, GC not forced`,
    ),
  );
  process.exitCode = errors.length === 0 && p(95) < 150 && growth.every((g) => g < 10) ? 0 : 1;
} finally {
  for (const app of apps) app.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1_000));
  await database.drop();
}
