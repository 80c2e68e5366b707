import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { readConfig, type Config } from '../../src/config.ts';
import type { Clock } from '../../src/deps.ts';
import { WEB_DIST } from '../../src/http/static.ts';
import { startServer } from '../../src/server.ts';
import { freshDatabase } from '../helpers/databases.ts';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere on other systems. Never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Whether this machine can run the browser tests. In CI a missing browser is a failure, not a skip. */
export const browserAvailable = fs.existsSync(CHROMIUM);
if (!browserAvailable) {
  if (process.env.CI === 'true') throw new Error(`The browser tests need Chromium at ${CHROMIUM}, and CI=true: install it (apt-get install chromium)`);
  console.warn(`\n⚠ Skipping the browser tests: no Chromium at ${CHROMIUM}. Install it (apt-get install chromium) to run them.\n`);
}

/** `describe` for a user story in the browser: skipped (with the warning above) when there is no Chromium. */
export const describeStory = browserAvailable ? describe : describe.skip;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A free TCP port on 127.0.0.1, so PUBLIC_URL can name the port before the server listens on it. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningApp {
  /** The origin the browser opens, e.g. http://127.0.0.1:41234. */
  url: string;
  server: Awaited<ReturnType<typeof startServer>>;
  stop(): Promise<void>;
}

/**
 * Starts the real server (built web app, API, embedded database in a temporary directory that
 * starts as a copy of the run's migrated template).
 */
export async function startApp(overrides: Partial<Config> = {}, options: { clock?: Clock } = {}): Promise<RunningApp> {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) throw new Error(`${WEB_DIST} is not built: the e2e globalSetup should have built it`);
  const database = await freshDatabase('pglite', { migrated: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startServer({ ...readConfig({}), dataDir: database.dataDir, databaseUrl: undefined, smtpUrl: undefined, port, host: '127.0.0.1', publicUrl: url, ...overrides }, options);
  return {
    url,
    server,
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}

/** The worker's Chromium: browser test files share a worker's modules (isolate: false in vitest.config.ts). */
let workerBrowser: Promise<Browser> | undefined;

/**
 * Headless Chromium from the system, never a downloaded one: one per test worker, started by the
 * first file that asks, so each later file saves a browser start-up (about 1 s, more under load).
 * A file gets its own handle on it: what the file opens (contexts, pages) is its own, and the
 * handle's `close()` closes exactly that, leaving the browser to the next file. Playwright ends
 * the browser when the worker exits.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!workerBrowser || !(await workerBrowser.catch(() => null))?.isConnected()) {
    workerBrowser = chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  }
  const browser = await workerBrowser;
  const opened = new Set<BrowserContext>();
  const track = (context: BrowserContext) => {
    opened.add(context);
    context.once('close', () => opened.delete(context));
  };
  const own: Partial<Browser> = {
    newContext: async (...args) => {
      const context = await browser.newContext(...args);
      track(context);
      return context;
    },
    newPage: async (...args) => {
      const page = await browser.newPage(...args);
      track(page.context());
      return page;
    },
    contexts: () => [...opened],
    close: async () => {
      await Promise.all([...opened].map((context) => context.close()));
    },
  };
  return new Proxy(browser, {
    get(target, property) {
      if (Object.hasOwn(own, property)) return own[property as keyof Browser];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

// Expected API answers (401 from /api/me before signing in, 401 for a wrong password, 404 for an
// unknown link) make Chromium log "Failed to load resource … status of 4xx". The page handles
// those; a 5xx or anything else on the console is a real problem.
const EXPECTED_HTTP_ERROR = /^Failed to load resource: the server responded with a status of 4\d\d/;

/**
 * A browser context whose pages report every console error, uncaught exception and
 * Content-Security-Policy violation into `problems`.
 */
export async function newTrackedContext(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; problems: string[] }> {
  const problems: string[] = [];
  const context = await browser.newContext({ baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 } });
  // Init scripts run outside the page's CSP, so this listener sees every violation of it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  context.on('page', (page) => watchPage(page, problems));
  return { context, problems };
}

function watchPage(page: Page, problems: string[]) {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (EXPECTED_HTTP_ERROR.test(message.text())) return;
    problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught error on ${page.url()}: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
  });
}

/** axe-core's own build, evaluated in the page under test. */
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Fails when axe finds WCAG 2.1 A or AA violations on the page as it is now, listing them.
 * React Aria's off-screen live region is left out: after a pending button's page has gone, its
 * last announcement points at elements that no longer exist until the library removes it.
 *
 * axe-core runs in the page itself (`axe.run`), injected once per document: a single-page app
 * keeps its document across screens, so a story that checks ten screens parses axe once. The app
 * has no frames. (@axe-core/playwright injects axe twice per check and finishes every check in a
 * new blank tab: 2.6 times as slow here, for frames the app does not have.)
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page), `axe found accessibility violations on ${page.url()}`).toEqual([]);
}

/** What axe finds on the page as it is now, one text per rule with the elements it concerns. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(AXE_SOURCE);
    await page.evaluate(() => (window as any).axe.configure({ allowedOrigins: ['<same_origin>'], branding: { application: 'playwright' } }));
  }
  expect(page.frames(), 'the app has no frames: axe checks the top document only').toHaveLength(1);
  const results: { violations: { id: string; impact?: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] } =
    await page.evaluate((tags) => (window as any).axe.run({ exclude: [['[data-live-announcer]']] }, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`,
  );
}

/** Waits until the page shows `heading` as its h1 (the SPA has rendered the screen). */
export async function expectHeading(page: Page, heading: string | RegExp): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  } catch (err) {
    // Say where the page is and what it shows instead, so a failure can be understood from the log.
    const shown = await page.evaluate(() => ({ h1: document.querySelector('h1')?.textContent ?? null, main: document.querySelector('main')?.textContent?.slice(0, 300) ?? null })).catch(() => null);
    throw new Error(`No h1 "${String(heading)}" at ${page.url()}; the page shows ${JSON.stringify(shown)}`, { cause: err });
  }
}

/**
 * A caller of the running server's API outside the browser, with its own session cookie: for
 * arranging what a story starts from (an administrator, a network) without clicking through it.
 */
export class ApiCaller {
  private cookies = new Map<string, string>();
  private readonly app: RunningApp;
  constructor(app: RunningApp) {
    this.app = app;
  }

  async call<T = any>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = { origin: this.app.url };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.app.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  /** Creates the first administrator of the installation and signs in as them. */
  async setUp(admin: { name: string; email: string; password: string }) {
    const res = await this.call('POST', '/api/setup', admin);
    expect(res.status).toBe(201);
  }
}

/** Fills in and sends the sign-in form on the current page. */
export async function submitSignIn(page: Page, person: { email: string; password: string }): Promise<void> {
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(person.email);
  await page.getByLabel('Wachtwoord').fill(person.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}
