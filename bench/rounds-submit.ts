import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../src/config.ts';
import { Worker } from 'node:worker_threads';
import { openDatabase } from '../src/db/database.ts';
import { median, percentile, type BenchResult } from './report.ts';
import { freePort, freshPostgres } from './bench-database.ts';

const ADMIN = { name: 'Bench Beheer', email: 'bench-rounds@ketenregie.test', password: 'bench-wachtwoord-1' };
const PARTNERS = 10;
const CLIENTS = 50;
const RESPONSES = 1_000;
const AGREEMENTS = 5;
/** Unmeasured responses per client before the measured 1,000 (see the warm-up below). */
const WARM_UP_PASSES = 20;
/** Measured runs of RESPONSES each; the figures with targets are their medians. */
export const RUNS = 3;

/** One keep-alive connection pool for all simulated clients, as browsers keep theirs open. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/**
 * A caller of the running server with its own session cookie jar (the soak script copies one
 * jar into another caller to share a session across processes). It speaks plain `node:http`
 * over kept-alive connections: the load generator shares this machine's two cores with the app
 * and PostgreSQL, and `fetch` costs about four times the CPU per request (470 against 120 µs,
 * measured against a trivial server).
 */
export function caller(origin: string) {
  const cookies = new Map<string, string>();
  const { hostname, port } = new URL(origin);
  const call = (method: string, route: string, body?: unknown) =>
    new Promise<any>((resolve, reject) => {
      const headers: Record<string, string> = { origin };
      if (cookies.size) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      if (payload) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = String(payload.length);
      }
      const req = http.request({ agent, host: hostname, port, method, path: route, headers }, (res) => {
        for (const cookie of res.headers['set-cookie'] ?? []) {
          const [pair] = cookie.split(';');
          const eq = pair!.indexOf('=');
          cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
        }
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) >= 300) reject(new Error(`${method} ${route} answered ${res.statusCode}: ${text.slice(0, 200)}`));
          else resolve(text ? JSON.parse(text) : null);
        });
      });
      req.on('error', reject);
      req.end(payload);
    });
  return { call, cookies };
}

const answer = (i: number) => (i % 6 === 5 ? null : (i % 5) + 1);

/** A full response (DESIGN §7.1) about every other partner and every agreement, varied by `seed`. */
export function responseBody(otherPartners: string[], agreements: string[], seed: number) {
  let n = seed;
  const next = () => answer(n++);
  return {
    aspects: { ambition: [next(), next()], interests: [next(), next()], relationship: [next(), next()], organisation: [next(), next()], process: [next(), next()] },
    agreements: Object.fromEntries(agreements.map((id) => [id, { importance: next(), adherence: next() }])),
    partners: Object.fromEntries(
      otherPartners.map((id) => [id, { level: n++ % 6, reliability: next(), openness: next(), mission: next(), influence: next(), resources: next(), involvement: next() }]),
    ),
    wentWell: 'De overdracht in de nacht liep beter dan vorig kwartaal.',
    toDiscuss: 'Wie belt de school als een jongere na een crisis terugkeert?',
    askOfPartner: 'Kunnen jullie de terugkoppeling binnen een dag sturen?',
  };
}

/**
 * Issue 5's submission target on PostgreSQL, over HTTP against a running app: 1,000 responses
 * to one open round sent by 50 concurrent clients, each a different signed-in representative
 * (its first response is stored, the next ones replace it, as when people change their answers).
 * Measured three times after a warm-up; the targets apply to the medians.
 * Each response rates the nine other partners of a ten-partner network and five agreements.
 * The app runs in a thread of its own (bench/app-thread.ts); the clients share the main thread.
 */
export async function benchRoundsSubmit(): Promise<BenchResult[]> {
  const database = await freshPostgres();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-bench-rounds-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const config = { ...readConfig({}), databaseUrl: database.url, dataDir, port, host: '127.0.0.1', publicUrl: origin, runJobs: false, smtpUrl: undefined };
  const app = new Worker(new URL('./app-thread.ts', import.meta.url), { workerData: config });
  await new Promise((resolve, reject) => {
    app.once('message', resolve);
    app.once('error', reject);
  });
  const { db, close } = await openDatabase({ databaseUrl: database.url });
  try {
    const coordinator = caller(origin).call;
    await coordinator('POST', '/api/setup', ADMIN);
    const me = await coordinator('GET', '/api/me');
    const network = await coordinator('POST', '/api/networks', { name: 'Bench reflectieronde' });
    const base = `/api/networks/${network.id}`;
    const partners: string[] = [];
    for (let i = 0; i < PARTNERS; i++) partners.push((await coordinator('POST', `${base}/partners`, { name: `Partner ${i + 1}`, sector: 'anders' })).id);
    const agreements = Array.from({ length: AGREEMENTS }, () => randomUUID());
    await db
      .insertInto('agreements')
      .values(agreements.map((id, i) => ({ id, network_id: network.id, kind: 'other' as const, title: `Afspraak ${i + 1}`, created_by: me.user.id, version_in_force: 1, in_force_since: new Date() })))
      .execute();

    // 50 representatives, five per partner, each signed in through their invitation.
    const respondents: Array<{ call: ReturnType<typeof caller>['call']; partnerId: string }> = [];
    for (let i = 0; i < CLIENTS; i++) {
      const email = `respondent${i}@bench.test`;
      const partnerId = partners[i % PARTNERS]!;
      await coordinator('POST', `${base}/invitations`, { email, role: 'representative', partnerId });
      const mail = await db.selectFrom('mail_messages').select('body_text').where('to_address', '=', email).executeTakeFirstOrThrow();
      const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.body_text)![1]!;
      const call = caller(origin).call;
      await call('POST', `/api/invitations/${token}/accept`, { name: `Respondent ${i}`, password: 'een-goed-wachtwoord' });
      respondents.push({ call, partnerId });
    }
    const round = await coordinator('POST', `${base}/rounds`, {
      title: 'Bench ronde',
      opensAt: new Date(Date.now() + 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    });
    await coordinator('POST', `${base}/rounds/${round.id}/open`);

    const url = `${base}/rounds/${round.id}/responses`;
    // Warm up, not measured: the pool's connections and their prepared statements, and V8's
    // optimised code for the request path. One response per client was not enough: throughput
    // then still doubled during the measured second and a half, as functions got optimised.
    for (let pass = 0; pass < WARM_UP_PASSES; pass++) {
      await Promise.all(respondents.map((r, i) => r.call('POST', url, responseBody(partners.filter((p) => p !== r.partnerId), agreements, pass * CLIENTS + i))));
    }

    // Three measured runs of 1,000 one after the other; the targets apply to their medians.
    const runs: Array<{ p50: number; p95: number; max: number; throughput: number }> = [];
    for (let run = 0; run < RUNS; run++) {
      const latencies: number[] = [];
      let sent = 0;
      const started = performance.now();
      await Promise.all(
        respondents.map(async (r, client) => {
          const others = partners.filter((p) => p !== r.partnerId);
          while (sent < RESPONSES) {
            const seed = (WARM_UP_PASSES + run) * RESPONSES + sent++ + client;
            const t0 = performance.now();
            await r.call('POST', url, responseBody(others, agreements, seed));
            latencies.push(performance.now() - t0);
          }
        }),
      );
      const wall = performance.now() - started;
      if (latencies.length !== RESPONSES) throw new Error(`expected ${RESPONSES} submissions, got ${latencies.length}`);
      const sorted = latencies.sort((a, b) => a - b);
      runs.push({ p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1]!, throughput: (RESPONSES / wall) * 1000 });
    }

    // For comparison: the same load on the lightest signed-in read of the round (session and role only).
    const reads: number[] = [];
    let read = 0;
    await Promise.all(
      respondents.map(async (r) => {
        while (read < RESPONSES) {
          read++;
          const t0 = performance.now();
          await r.call('GET', `${url}/mine`);
          reads.push(performance.now() - t0);
        }
      }),
    );
    const sortedReads = [...reads].sort((a, b) => a - b);
    const stored = await db.selectFrom('round_responses').select((eb) => eb.fn.countAll<string>().as('n')).where('round_id', '=', round.id).executeTakeFirstOrThrow();
    if (Number(stored.n) !== CLIENTS) throw new Error(`expected ${CLIENTS} stored responses, got ${stored.n}`);
    const label = `POST …/responses, ${RESPONSES.toLocaleString('en')} by ${CLIENTS} concurrent clients`;
    const medianOf = (pick: (r: (typeof runs)[number]) => number) => median(runs.map(pick));
    return [
      ...runs.flatMap((r, i) => [
        { name: `${label}, run ${i + 1}: p95`, value: r.p95, unit: 'ms' },
        { name: `${label}, run ${i + 1}: throughput`, value: r.throughput, unit: 'req/s' },
      ]),
      { name: `${label}: p50 (median of ${RUNS} runs)`, value: medianOf((r) => r.p50), unit: 'ms' },
      { name: `${label}: p95 (median of ${RUNS} runs)`, value: medianOf((r) => r.p95), unit: 'ms', target: 200 },
      { name: `${label}: max (median of ${RUNS} runs)`, value: medianOf((r) => r.max), unit: 'ms' },
      { name: `${label}: throughput (median of ${RUNS} runs)`, value: medianOf((r) => r.throughput), unit: 'req/s' },
      { name: `GET …/responses/mine, same load (reference): p50`, value: percentile(sortedReads, 50), unit: 'ms' },
      { name: `GET …/responses/mine, same load (reference): p95`, value: percentile(sortedReads, 95), unit: 'ms' },
    ];
  } finally {
    await close();
    app.postMessage('stop');
    await new Promise((resolve) => app.once('message', resolve));
    await app.terminate();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
