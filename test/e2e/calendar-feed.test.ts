// User story: the representative of the example network makes a personal calendar feed on the
// e-mail settings page, copies its secret address, which serves the open round's closing as an
// event; later the address is no longer shown, so they make a new one (the old one stops working)
// and finally stop the feed, after which its address answers 404. On a phone, 320 px wide.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OPEN_ROUND, REPRESENTATIVE, startExampleWorld, type ExampleWorld } from '../helpers/example-world.ts';
import { describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, submitSignIn } from './harness.ts';

/** Whether the page scrolls sideways (WCAG 2.1 reflow). */
const scrollsSideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth > document.scrollingElement!.clientWidth);

/** The feed as a calendar app reads it: status, type and the unfolded lines (RFC 5545 §3.1). */
async function readFeed(url: string) {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: (await res.text()).replace(/\r\n[ \t]/g, '') };
}

describeStory('personal calendar feed', () => {
  let world: ExampleWorld;
  let browser: Browser;

  beforeAll(async () => {
    world = await startExampleWorld({ runJobs: false });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await world?.stop();
  });

  it('makes a feed with a secret address shown once, renews it and stops it', async () => {
    const { context, problems } = await newTrackedContext(browser, world.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: world.url });
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/login');
    await submitSignIn(page, REPRESENTATIVE);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto('/settings/notifications');
    await expectHeading(page, 'E-mailinstellingen');
    const section = page.getByRole('region', { name: 'Agenda-abonnement' });
    await section.getByText('wanneer een reflectieronde sluit waarvoor u bent uitgenodigd', { exact: false }).waitFor();
    await section.getByText('Iedereen die dat adres heeft, kan deze agenda lezen', { exact: false }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoAxeViolations(page);

    await section.getByRole('button', { name: 'Agenda-abonnement maken' }).click();
    const address = section.getByRole('textbox', { name: 'Uw geheime adres' });
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(new RegExp(`^${world.url}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    await section.getByText('U ziet dit adres alleen nu.', { exact: false }).waitFor();
    await section.getByText('abonneren via URL', { exact: false }).first().waitFor();
    await section.getByRole('button', { name: 'Adres kopiëren' }).click();
    await section.getByRole('status').getByText('Het adres is gekopieerd.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoAxeViolations(page);

    // The address serves the example world's open round as an event, in Dutch.
    const feed = await readFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.type).toContain('text/calendar');
    const events = feed.text.split('BEGIN:VEVENT').slice(1);
    expect(events.length).toBeGreaterThan(0);
    expect(events.some((e) => new RegExp(`^SUMMARY[;:].*${OPEN_ROUND}`, 'm').test(e))).toBe(true);

    // Later the address is not known to the page any more: it says so and offers a new one.
    await page.reload();
    await expectHeading(page, 'E-mailinstellingen');
    await section.getByText(/^U heeft een agenda-abonnement sinds \d{1,2} [a-z]+ \d{4} \(taal: Nederlands\)\.$/).waitFor();
    await section.getByText('Het adres wordt niet bewaard', { exact: false }).waitFor();
    expect(await address.count()).toBe(0);
    expect(await section.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await expectNoAxeViolations(page);
    await section.getByRole('button', { name: 'Nieuw adres maken' }).click();
    const renew = page.getByRole('alertdialog', { name: 'Nieuw adres maken?' });
    await renew.waitFor();
    await expectNoAxeViolations(page);
    await renew.getByRole('button', { name: 'Ja, nieuw adres maken' }).click();
    await renew.waitFor({ state: 'detached' });
    const renewed = await address.inputValue();
    expect(renewed).not.toBe(url);
    expect((await readFeed(url)).status).toBe(404);
    expect((await readFeed(renewed)).status).toBe(200);

    // Stopping the feed, after confirming, makes its address answer 404.
    await section.getByRole('button', { name: 'Abonnement stopzetten' }).click();
    const stop = page.getByRole('alertdialog', { name: 'Agenda-abonnement stopzetten?' });
    await stop.waitFor();
    await expectNoAxeViolations(page);
    await stop.getByRole('button', { name: 'Ja, stopzetten' }).click();
    await stop.waitFor({ state: 'detached' });
    await section.getByText('Het agenda-abonnement is stopgezet.', { exact: false }).waitFor();
    await section.getByRole('button', { name: 'Agenda-abonnement maken' }).waitFor();
    expect((await readFeed(renewed)).status).toBe(404);
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
