// User story: a representative of GGZ Noord signs in on a phone (390 × 844) between appointments
// while a reflection round is open for them. The questionnaire is in the first screen, without
// scrolling; the network's navigation waits behind the "Menu" button, which opens and closes as a
// disclosure should (focus inside on opening, Escape closes it and returns focus).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { COORDINATOR, OPEN_ROUND, REPRESENTATIVE, startExampleWorld, type ExampleWorld } from '../helpers/example-world.ts';
import { describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, submitSignIn } from './harness.ts';

const NAV = 'Onderdelen van het samenwerkingsverband';

describeStory('a representative on a phone', () => {
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

  it('finds the open questionnaire in the first screen and the navigation behind the menu', async () => {
    const { context, problems } = await newTrackedContext(browser, world.url);
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/login');
    await submitSignIn(page, REPRESENTATIVE);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.getByRole('link', { name: 'Crisisroute Jeugd Regio Noord' }).first().click();
    await expectHeading(page, 'Crisisroute Jeugd Regio Noord');

    // The questionnaire link is on screen as the page opens: nothing scrolled, its box inside 844 px.
    const questionnaire = page.getByRole('link', { name: `Vragenlijst invullen: ${OPEN_ROUND}` });
    await questionnaire.waitFor();
    const box = await questionnaire.boundingBox();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    // It is the first thing "Wat vraagt nu uw aandacht" asks.
    await page.getByRole('heading', { name: 'Wat vraagt nu uw aandacht' }).waitFor();
    expect(await page.locator('.attention-item').first().getByRole('link').innerText()).toBe(`Vragenlijst invullen: ${OPEN_ROUND}`);

    // The navigation is closed: its links take no room until the menu opens.
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('navigation', { name: NAV }).isVisible()).toBe(false);

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const nav = page.getByRole('navigation', { name: NAV });
    await nav.waitFor();
    // Opening moves focus into the menu; Escape closes it and puts focus back on the button.
    expect(await page.evaluate(() => document.activeElement?.closest('#header-menu, #network-nav') !== null)).toBe(true);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Menu/);
    expect(await nav.isVisible()).toBe(false);

    // Following a link in the menu opens the page and closes the menu.
    await menu.press('Enter');
    await nav.getByRole('link', { name: 'Reflectierondes' }).click();
    await expectHeading(page, 'Reflectierondes');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);

    // Back home, the questionnaire opens from the first screen.
    await page.goBack();
    await questionnaire.click();
    await expectHeading(page, `Vragenlijst: ${OPEN_ROUND}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offers a representative no form to start a network, and no retry on a page they may not open', async () => {
    const { context, problems } = await newTrackedContext(browser, world.url);
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/login');
    await submitSignIn(page, REPRESENTATIVE);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.getByRole('link', { name: 'Crisisroute Jeugd Regio Noord' }).first().waitFor();
    await page.getByText(`Ingelogd als ${REPRESENTATIVE.name}`).waitFor({ state: 'attached' });
    expect(await page.getByRole('button', { name: 'Samenwerkingsverband starten' }).count()).toBe(0);

    await page.goto(`/networks/${world.ids.networkId}/audit`);
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the navigation in a side column on a wide screen, beside the content', async () => {
    const { context, problems } = await newTrackedContext(browser, world.url);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/login');
    await submitSignIn(page, REPRESENTATIVE);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto(`/networks/${world.ids.networkId}`);
    await expectHeading(page, 'Crisisroute Jeugd Regio Noord');
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    const nav = await page.getByRole('navigation', { name: NAV }).boundingBox();
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    // Side by side: the navigation left of the heading, the heading near the top of the screen.
    expect(nav!.x + nav!.width).toBeLessThanOrEqual(heading!.x);
    expect(heading!.y).toBeLessThan(200);
    const questionnaire = await page.getByRole('link', { name: `Vragenlijst invullen: ${OPEN_ROUND}` }).boundingBox();
    expect(questionnaire!.y + questionnaire!.height).toBeLessThanOrEqual(900);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the navigation where it is while the header finishes loading, so a click lands where it was aimed', async () => {
    const { context, problems } = await newTrackedContext(browser, world.url);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/login');
    await submitSignIn(page, COORDINATOR);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    // The network switcher's chunk arrives only when the test says so, as on a slow connection.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/NetworkSwitcher-[^/]*\.js$/, async (route) => {
      await released;
      await route.fallback();
    });
    await page.goto(`/networks/${world.ids.networkId}`);
    const link = page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Afspraken' });
    await link.waitFor();
    const before = await link.boundingBox();
    release();
    await page.getByRole('banner').getByRole('button', { name: /Samenwerkingsverband/ }).waitFor();
    await expectHeading(page, 'Crisisroute Jeugd Regio Noord');
    expect(await link.boundingBox()).toEqual(before);
    await link.click();
    await expectHeading(page, 'Afspraken');
    expect(problems).toEqual([]);
    await context.close();
  });
});
