import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { readConfig } from '../src/config.ts';
import { bumpMapRevision } from '../src/features/map/map-revision.ts';
import { startRuntime } from '../src/runtime.ts';
import { startServer } from '../src/server.ts';
import buildWebApp from '../test/e2e/global-setup.ts';
import { seedHistoryNetwork } from './map-data.ts';
import { median, type BenchResult } from './report.ts';
import { freePort, freshPostgres } from './bench-database.ts';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ADMIN = { name: 'Bench Beheer', email: 'bench@ketenregie.test', password: 'bench-wachtwoord-1' };


/** JSON calls to the running server with a session cookie. */
function apiCaller(origin: string) {
  const cookies = new Map<string, string>();
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const call = async (method: string, route: string, body?: unknown) => {
    const headers: Record<string, string> = { origin };
    if (cookies.size) headers.cookie = cookieHeader();
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${origin}${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair!.indexOf('=');
      cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${route} answered ${res.status}: ${text.slice(0, 200)}`);
    return JSON.parse(text) as any;
  };
  return { call, cookieHeader };
}

/**
 * Issue 3's map targets on PostgreSQL: `GET …/map` for 300 partners with 3,000 ties and for 2,000
 * partners with 20,000 ties, the first time after a change and from the cache; and the map page
 * with 2,000 nodes in Chromium: the longest task on the main thread after the page first rendered.
 */
export async function benchMap(): Promise<BenchResult[]> {
  const database = await freshPostgres();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-bench-map-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await startServer({ ...readConfig({}), databaseUrl: database.url, dataDir, port, host: '127.0.0.1', publicUrl: origin, runJobs: false, smtpUrl: undefined });
  const results: BenchResult[] = [];
  try {
    const { db } = server.runtime.deps;
    const { call, cookieHeader } = apiCaller(origin);
    await call('POST', '/api/setup', ADMIN);
    const me = await call('GET', '/api/me');

    for (const [partners, ties, firstTarget, cachedTarget] of [
      [300, 3_000, 150, 150],
      [2_000, 20_000, 2_000, 100],
    ] as const) {
      const network = await call('POST', '/api/networks', { name: `Bench ${partners}` });
      await seedHistoryNetwork(db, network.id, me.user.id, partners, ties);
      const mapOnce = async () => {
        const started = performance.now();
        const map = await call('GET', `/api/networks/${network.id}/map`);
        const ms = performance.now() - started;
        if (map.nodes.length !== partners || map.ties.history.length !== ties) throw new Error('the map does not hold the generated network');
        return ms;
      };
      const coldest = await mapOnce();
      const firsts: number[] = [];
      for (let i = 0; i < 3; i++) {
        await bumpMapRevision(db, network.id);
        firsts.push(await mapOnce());
      }
      const cached: number[] = [];
      for (let i = 0; i < 7; i++) cached.push(await mapOnce());
      const label = `GET …/map, ${partners.toLocaleString('en')} partners / ${ties.toLocaleString('en')} ties`;
      results.push({ name: `${label}: first in this process`, value: coldest, unit: 'ms' });
      results.push({ name: `${label}: first after a change (median of 3)`, value: median(firsts), unit: 'ms', target: firstTarget });
      results.push({ name: `${label}: cached (median of 7)`, value: median(cached), unit: 'ms', target: cachedTarget });
      if (partners === 2_000) {
        results.push({ name: `${label}: cached, from map_cache in another process`, value: await fromAnotherProcess(database.url, dataDir, cookieHeader(), `/api/networks/${network.id}/map`), unit: 'ms' });
        results.push(...(await measureMapPage(origin, network.id)));
      }
    }
  } finally {
    await server.stop();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

/**
 * A second app on the same database has nothing in memory: its first read of an unchanged map
 * comes from the map_cache table (as after a restart, or in another of several app processes).
 */
async function fromAnotherProcess(databaseUrl: string, dataDir: string, cookie: string, route: string): Promise<number> {
  const runtime = await startRuntime({ ...readConfig({}), databaseUrl, dataDir, publicUrl: 'http://localhost:3000', runJobs: false }, { serveWeb: false });
  try {
    const started = performance.now();
    const res = await runtime.app.request(`http://localhost:3000${route}`, { headers: { cookie } });
    JSON.parse(await res.text());
    if (!res.ok) throw new Error(`GET ${route} answered ${res.status}`);
    return performance.now() - started;
  } finally {
    await runtime.close();
  }
}

/** Opens the map page in Chromium and records the main thread's long tasks after the page first rendered. */
async function measureMapPage(origin: string, networkId: string): Promise<BenchResult[]> {
  if (!fs.existsSync(CHROMIUM)) {
    console.warn(`No Chromium at ${CHROMIUM}: the map page is not measured.`);
    return [];
  }
  await buildWebApp();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ baseURL: origin, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      const tasks: Array<{ start: number; duration: number }> = [];
      (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const signIn = await context.request.post('/api/auth/sign-in/email', { data: ADMIN, headers: { origin } });
    if (!signIn.ok()) throw new Error(`sign-in answered ${signIn.status()}`);
    const page = await context.newPage();
    const opened = performance.now();
    await page.goto(`/networks/${networkId}/map`);
    await page.getByRole('heading', { level: 1, name: 'Netwerkkaart' }).waitFor();
    const firstRender = await page.evaluate(() => performance.now());
    await page.locator('[data-map-state="ready"]').waitFor({ timeout: 120_000 });
    const ready = performance.now() - opened;
    await page.waitForTimeout(2_000); // the frames sigma draws after it was set up
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: Array<{ start: number; duration: number }> }).longTasks);
    const after = tasks.filter((task) => task.start + task.duration >= firstRender);
    const longest = after.reduce((max, task) => Math.max(max, task.duration), 0);
    return [
      { name: 'Map page, 2,000 nodes: until drawn', value: ready, unit: 'ms' },
      { name: `Map page, 2,000 nodes: long tasks after first render (${after.length})`, value: after.length, unit: 'tasks' },
      { name: 'Map page, 2,000 nodes: longest task after first render', value: longest, unit: 'ms', target: 200 },
    ];
  } finally {
    await browser.close();
  }
}
