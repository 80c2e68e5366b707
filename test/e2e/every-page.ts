// Every page of the app, as the coordinator and as a representative, in Dutch and in English, at
// 320 and 390 CSS px wide and at 1366: no page scrolls sideways (WCAG 2.1 success criterion 1.4.10,
// Reflow, which axe does not check), axe finds no WCAG 2.1 A or AA violation, and no date is shown
// as a machine writes it (2026-11-15). The pages come
// from the app's own route table, so a new page cannot be left out. The example network gives
// every page real content.
//
// One test file per role and language (every-page-*.test.ts), each with its own server and browser,
// so that the runs spread over the browser tests' workers instead of taking one file five times as long.
import type { Browser, Page } from 'playwright-core';
import { matchPath } from 'react-router';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pageRoutes, type PageName } from '../../web/src/routes.ts';
import { startExampleWorld, type ExampleIds, type ExampleWorld, type Person } from '../helpers/example-world.ts';
import { axeViolations, describeStory, launchBrowser, newTrackedContext, submitSignIn } from './harness.ts';

export const WIDTHS = [320, 390, 1366] as const;
/** A bound on one page's loading (a failure, never a wait): pages load in well under a second. */
const SETTLE_LIMIT_MS = 20_000;
export type Width = (typeof WIDTHS)[number];
export type Language = 'nl' | 'en';

/** How to open each page: its address with the example's ids, and whether it is seen signed out. */
const VISITS: Record<PageName, { to: (ids: ExampleIds) => string; signedOut?: true }> = {
  setup: { to: () => '/setup', signedOut: true },
  login: { to: () => '/login', signedOut: true },
  forgotPassword: { to: () => '/forgot-password', signedOut: true },
  resetPassword: { to: () => '/reset-password?token=verlopen-of-onbekend', signedOut: true },
  invitation: { to: (ids) => `/invitations/${ids.invitationToken}`, signedOut: true },
  ssoLink: { to: () => '/sso-link/verlopen-of-onbekend-koppelverzoek', signedOut: true },
  accessibility: { to: () => '/accessibility', signedOut: true },
  myNetworks: { to: () => '/' },
  networkHome: { to: (ids) => `/networks/${ids.networkId}` },
  audit: { to: (ids) => `/networks/${ids.networkId}/audit` },
  partners: { to: (ids) => `/networks/${ids.networkId}/partners` },
  partner: { to: (ids) => `/networks/${ids.networkId}/partners/${ids.partnerId}` },
  compare: { to: (ids) => `/networks/${ids.networkId}/compare` },
  matches: { to: (ids) => `/networks/${ids.networkId}/matches` },
  import: { to: (ids) => `/networks/${ids.networkId}/import` },
  history: { to: (ids) => `/networks/${ids.networkId}/history` },
  differences: { to: (ids) => `/networks/${ids.networkId}/differences` },
  difference: { to: (ids) => `/networks/${ids.networkId}/differences/${ids.differenceId}` },
  valueMap: { to: (ids) => `/networks/${ids.networkId}/value-map` },
  stories: { to: (ids) => `/networks/${ids.networkId}/stories` },
  vision: { to: (ids) => `/networks/${ids.networkId}/vision` },
  availability: { to: (ids) => `/networks/${ids.networkId}/availability` },
  availabilityEdit: { to: (ids) => `/networks/${ids.networkId}/availability/edit` },
  callNow: { to: (ids) => `/networks/${ids.networkId}/call-now` },
  tasks: { to: (ids) => `/networks/${ids.networkId}/tasks` },
  agreements: { to: (ids) => `/networks/${ids.networkId}/agreements` },
  agreement: { to: (ids) => `/networks/${ids.networkId}/agreements/${ids.agreementId}` },
  map: { to: (ids) => `/networks/${ids.networkId}/map` },
  notifications: { to: () => '/notifications' },
  rounds: { to: (ids) => `/networks/${ids.networkId}/rounds` },
  signals: { to: (ids) => `/networks/${ids.networkId}/signals` },
  agenda: { to: (ids) => `/networks/${ids.networkId}/agenda` },
  round: { to: (ids) => `/networks/${ids.networkId}/rounds/${ids.roundId}` },
  questionnaire: { to: (ids) => `/networks/${ids.networkId}/rounds/${ids.openRoundId}/questionnaire` },
  roundResults: { to: (ids) => `/networks/${ids.networkId}/rounds/${ids.roundId}/results` },
  steps: { to: (ids) => `/networks/${ids.networkId}/steps` },
  myData: { to: () => '/my-data' },
  notificationSettings: { to: () => '/settings/notifications' },
  unsubscribe: { to: (ids) => `/unsubscribe/${ids.unsubscribeToken}`, signedOut: true },
  people: { to: (ids) => `/networks/${ids.networkId}/people` },
  mySteps: { to: () => '/my-steps' },
  requests: { to: (ids) => `/networks/${ids.networkId}/requests` },
  goals: { to: (ids) => `/networks/${ids.networkId}/goals` },
  sessions: { to: (ids) => `/networks/${ids.networkId}/sessions` },
  session: { to: (ids) => `/networks/${ids.networkId}/sessions/${ids.sessionId}` },
  decisions: { to: (ids) => `/networks/${ids.networkId}/decisions` },
  outbox: { to: () => '/admin/outbox' },
  retention: { to: () => '/admin/retention' },
  ssoProviders: { to: () => '/admin/sso' },
  ssoLinks: { to: (ids) => `/networks/${ids.networkId}/sso` },
  measurement: { to: () => '/measurement', signedOut: true },
  notFound: { to: () => '/deze-pagina-bestaat-niet' },
};

/**
 * Follows a link inside the single-page app (as a click on one would), so each visit costs a
 * render rather than a reload of the whole app.
 */
async function openInApp(page: Page, to: string): Promise<void> {
  await page.evaluate((url) => {
    window.history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, to);
}

/** Counts the page's requests in flight, to know when a page has loaded its chunk and its data. */
function trackRequests(page: Page) {
  let inFlight = 0;
  let waiters: (() => void)[] = [];
  const finished = () => {
    inFlight--;
    if (inFlight === 0) for (const wake of waiters.splice(0)) wake();
  };
  page.on('request', () => inFlight++);
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  const noneInFlight = () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)));
  return {
    /**
     * Resolves when the page is ready to check, without a fixed wait: no request in flight, then two
     * painted frames (React commits what arrived and its effects start any request that follows),
     * then still none in flight and no loading notice on screen. Otherwise it waits again.
     */
    async settled(): Promise<void> {
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${page.url()} did not settle within ${SETTLE_LIMIT_MS / 1000} s`)), SETTLE_LIMIT_MS);
      });
      try {
        await Promise.race([
          (async () => {
            for (;;) {
              await noneInFlight();
              await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
              if (inFlight === 0 && (await page.locator('.loading').count()) === 0) return;
            }
          })(),
          limit,
        ]);
      } finally {
        clearTimeout(timer);
        waiters = [];
      }
    },
  };
}

/** Whether the page scrolls sideways, with the elements that stick out to fix. */
async function sidewaysOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    if (root.scrollWidth <= root.clientWidth) return null;
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
    const outside = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 0.5)
      .slice(0, 4)
      .map((el) => `${describe(el)} (${Math.round(el.getBoundingClientRect().right)} px)`);
    return `${root.scrollWidth} px wide in ${root.clientWidth} px: ${outside.join(', ')}`;
  });
}


/**
 * ISO dates and times (2026-11-15, 2026-11-15T09:00) in the text a person reads, with their
 * surroundings; people read "15 november 2026". Form fields keep their own formats: their values
 * are not text on the page.
 */
async function machineDates(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const text = document.body.innerText;
    const found = [...text.matchAll(/\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?\b/g)].slice(0, 4);
    return found.length ? found.map((m) => JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10))).join(', ') : null;
  });
}

/**
 * Visits `pages` once each in one browser tab, then checks every width by resizing it. axe runs
 * once per visit, at the width `axeAt` picks for it, so across the four runs each page meets axe
 * at narrow and wide widths without four times the cost.
 */
async function visitAll(browser: Browser, world: ExampleWorld, options: Run) {
  const { context, problems } = await newTrackedContext(browser, world.url);
  if (options.language === 'en') {
    // The app's own pages only: about:blank, where a new tab starts, has no storage.
    await context.addInitScript(() => {
      if (window.location.protocol.startsWith('http')) window.localStorage.setItem('ketenregie.language', 'en');
    });
  }
  const page = await context.newPage();
  const requests = trackRequests(page);
  if (options.who) {
    await page.goto('/login');
    await (options.language === 'en'
      ? (async () => {
          await page.getByRole('textbox', { name: 'E-mail address' }).fill(options.who!.email);
          await page.getByLabel('Password').fill(options.who!.password);
          await page.getByRole('button', { name: 'Sign in' }).click();
        })()
      : submitSignIn(page, options.who));
    await page.waitForURL((url) => url.pathname === '/');
  } else {
    await page.goto('/deze-pagina-bestaat-niet');
  }
  await requests.settled();

  const failures: string[] = [];
  for (const [index, name] of options.pages.entries()) {
    const started = Date.now();
    let axeMs = 0;
    const to = VISITS[name].to(world.ids);
    if (name === 'setup') {
      // The setup page shows its form only before the first administrator exists; until then
      // every other page leads to it, so it gets a load of its own.
      await page.route('**/api/setup', (route) => (route.request().method() === 'GET' ? route.fulfill({ json: { setUp: false } }) : route.fallback()));
      await page.goto(to);
      await requests.settled();
      await page.unroute('**/api/setup');
    } else {
      await openInApp(page, to);
    }
    await requests.settled();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const isoDates = await machineDates(page);
    if (isoDates) failures.push(`${name} (${to}) shows dates as machines write them: ${isoDates}`);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width === 1366 ? 900 : 844 });
      // Let layout, ResizeObservers and charts follow the new width.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const overflow = await sidewaysOverflow(page);
      if (overflow) failures.push(`${name} (${to}) at ${width}: ${overflow}`);
      if (width === options.axeAt(index)) {
        const axeStarted = Date.now();
        for (const violation of await axeViolations(page)) failures.push(`${name} (${to}) at ${width}: ${violation}`);
        axeMs = Date.now() - axeStarted;
      }
    }
    if (process.env.EVERY_PAGE_TIMES) console.log(`${name}: ${Date.now() - started} ms, of which axe ${axeMs} ms`);
  }
  await context.close();
  expect(failures).toEqual([]);
  expect(problems).toEqual([]);
}

/** One run of the pages: who (null: signed out), in which language, and at which width axe checks the i-th page. */
export interface Run {
  who: Person | null;
  language: Language;
  pages: PageName[];
  axeAt: (index: number) => Width;
}

// The setup page comes last: its visit makes the app believe it is not set up yet.
export const signedOutPages = (Object.keys(VISITS) as PageName[])
  .filter((name) => VISITS[name].signedOut || name === 'notFound')
  .sort((a, b) => Number(a === 'setup') - Number(b === 'setup'));
export const signedInPages = (Object.keys(VISITS) as PageName[]).filter((name) => !VISITS[name].signedOut);

// One visit per page, role and language: each run of ~37 pages took 72–89 s in CI on two cores.
const RUN_TIMEOUT = 300_000;

/**
 * The test file of some runs: one example world and one browser for them all. `withRouteTable`
 * adds the check that the visits cover the route table.
 */
export function describeEveryPage(title: string, runs: { name: string; runs: Run[] }[], options: { withRouteTable?: boolean } = {}) {
  describeStory(`every page reflows at 320, 390 and 1366 CSS px and passes axe: ${title}`, () => {
    let world: ExampleWorld;
    let browser: Browser;

    beforeAll(async () => {
      world = await startExampleWorld({ runJobs: false });
      browser = await launchBrowser();
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await world?.stop();
    });

    if (options.withRouteTable) {
      it('takes its pages from the route table, each address matching its route', () => {
        expect(Object.keys(VISITS).sort()).toEqual(Object.keys(pageRoutes).sort());
        for (const [name, route] of Object.entries(pageRoutes)) {
          const address = VISITS[name as PageName].to(world.ids).split('?')[0]!;
          const matched = Object.values(pageRoutes)
            .filter((r) => r.path !== '*')
            .find((r) => matchPath({ path: `/${r.path}`, end: true }, address));
          expect(matched ?? pageRoutes.notFound, `${address} opens ${name}`).toBe(route);
        }
      });
    }

    for (const test of runs) {
      it(test.name, { timeout: RUN_TIMEOUT * test.runs.length }, async () => {
        for (const run of test.runs) await visitAll(browser, world, run);
      });
    }
  });
}
