import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Browser } from 'playwright-core';
import buildWebApp from '../test/e2e/global-setup.ts';
import { REPRESENTATIVE, startExampleWorld, type ExampleWorld } from '../test/helpers/example-world.ts';
import { median, type BenchResult } from './report.ts';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Nothing but the app under test: no updates, no sync, no field trials, no downloads.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions'];
const FIRST_LOAD_BUDGET_KB = 200;
const LIGHTHOUSE_TARGET = 90;
const RUNS = 3;


/** The session cookie of `person`, signed in through the API. */
async function sessionCookie(origin: string, person: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ email: person.email, password: person.password }),
  });
  if (!res.ok) throw new Error(`signing in as ${person.email} answered ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
}

/** A page of the first-load budget: its address and whether it is opened signed in. */
interface MeasuredPage {
  name: string;
  path: string;
  signedIn: boolean;
  /** What shows once the page is there (its h1). */
  heading: RegExp;
}

/**
 * The compressed JavaScript bytes Chromium transfers for the first load of `page` with an empty
 * cache: every script response's encoded body, until the page shows its heading and the network
 * is idle.
 */
async function firstLoadScriptBytes(browser: Browser, world: ExampleWorld, page: MeasuredPage, cookie: string): Promise<{ bytes: number; files: number }> {
  const context = await browser.newContext({ baseURL: world.url, viewport: { width: 390, height: 844 }, locale: 'nl-NL' });
  if (page.signedIn) {
    await context.addCookies(
      cookie.split('; ').map((pair) => {
        const eq = pair.indexOf('=');
        return { name: pair.slice(0, eq), value: pair.slice(eq + 1), url: world.url };
      }),
    );
  }
  const tab = await context.newPage();
  const scripts: Promise<number>[] = [];
  tab.on('requestfinished', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.sizes().then((s) => s.responseBodySize));
  });
  await tab.goto(page.path, { waitUntil: 'networkidle' });
  await tab.getByRole('heading', { level: 1, name: page.heading }).waitFor();
  await tab.waitForLoadState('networkidle');
  const sizes = await Promise.all(scripts);
  await context.close();
  return { bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length };
}

/**
 * Lighthouse's errors about recording its own trace, after which it says "Please run Lighthouse
 * again": they say nothing of the page (seen once in a run beside other work: NO_NAVSTART).
 */
const TRACE_FAILURES = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED']);

/** Lighthouse's mobile performance score (0–100) and first contentful paint (ms) for one load. */
async function lighthouseRun(url: string, cookie: string, attempt = 1): Promise<{ score: number; fcp: number; lcp: number; tbt: number }> {
  try {
    return await lighthouseOnce(url, cookie);
  } catch (error) {
    if (!(error instanceof TraceFailure) || attempt >= 3) throw error;
    console.log(`  Lighthouse could not record its trace (${error.code}); measuring that load again`);
    return lighthouseRun(url, cookie, attempt + 1);
  }
}

class TraceFailure extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

async function lighthouseOnce(url: string, cookie: string): Promise<{ score: number; fcp: number; lcp: number; tbt: number }> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    // LIGHTHOUSE_CPU_SLOWDOWN=N (default 4, Lighthouse's mobile setting) shows how the pages fare
    // on a slower machine than this one; the reported score always uses the default.
    const cpuSlowdownMultiplier = Number(process.env.LIGHTHOUSE_CPU_SLOWDOWN) || 4;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], extraHeaders: { Cookie: cookie }, throttling: { cpuSlowdownMultiplier } as never });
    const lhr = result?.lhr;
    if (lhr?.runtimeError && TRACE_FAILURES.has(lhr.runtimeError.code)) throw new TraceFailure(lhr.runtimeError.code, lhr.runtimeError.message);
    if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
    // LIGHTHOUSE_REPORTS=dir keeps each run's full report (JSON), to see what a score is made of.
    if (process.env.LIGHTHOUSE_REPORTS) {
      fs.mkdirSync(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
      fs.writeFileSync(path.join(process.env.LIGHTHOUSE_REPORTS, `${new URL(url).pathname.split('/').pop() || 'page'}-${Date.now()}.json`), JSON.stringify(lhr));
    }
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcp: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
      lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    };
  } finally {
    chrome.kill();
  }
}

/**
 * Issue 11's delivery targets, with Debian's Chromium and the example network: the compressed
 * JavaScript of the first load of the sign-in page, the network home and the questionnaire
 * (budget 200 KB each), and Lighthouse's mobile performance score for the network home and the
 * questionnaire, the median of three runs (target ≥ 90), with its first contentful paint.
 */
export async function benchWeb(): Promise<BenchResult[]> {
  await buildWebApp();
  const world = await startExampleWorld({ runJobs: false });
  const results: BenchResult[] = [];
  try {
    const { networkId, openRoundId } = world.ids;
    const cookie = await sessionCookie(world.url, REPRESENTATIVE);
    const pages: MeasuredPage[] = [
      { name: 'sign-in page', path: '/login', signedIn: false, heading: /^Inloggen$/ },
      { name: 'network home', path: `/networks/${networkId}`, signedIn: true, heading: /Crisisroute Jeugd Regio Noord/ },
      { name: 'questionnaire', path: `/networks/${networkId}/rounds/${openRoundId}/questionnaire`, signedIn: true, heading: /^Vragenlijst/ },
    ];

    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    try {
      for (const page of pages) {
        const { bytes, files } = await firstLoadScriptBytes(browser, world, page, cookie);
        results.push({ name: `first-load JavaScript, ${page.name} (${files} files)`, value: bytes / 1024, unit: 'KB', target: FIRST_LOAD_BUDGET_KB });
      }
    } finally {
      await browser.close();
    }

    for (const page of pages.filter((p) => p.signedIn)) {
      const runs: Awaited<ReturnType<typeof lighthouseRun>>[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(`${world.url}${page.path}`, cookie));
      const score = median(runs.map((r) => r.score));
      console.log(`  Lighthouse ${page.name}: scores ${runs.map((r) => r.score).join(', ')} (median ${score} of ${RUNS}, target ≥ ${LIGHTHOUSE_TARGET})`);
      results.push({ name: `Lighthouse mobile performance, ${page.name}`, value: score, unit: 'score', minimum: LIGHTHOUSE_TARGET });
      results.push({ name: `  first contentful paint, ${page.name} (median)`, value: median(runs.map((r) => r.fcp)), unit: 'ms' });
      results.push({ name: `  largest contentful paint, ${page.name} (median)`, value: median(runs.map((r) => r.lcp)), unit: 'ms' });
      results.push({ name: `  total blocking time, ${page.name} (median)`, value: median(runs.map((r) => r.tbt)), unit: 'ms' });
    }
  } finally {
    await world.stop();
  }
  return results;
}
