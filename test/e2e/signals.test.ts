// User story: the coordinator of the example crisis route (three closed rounds) reads the signals
// with what they mean and which questions to ask, looks at trust and openness over the rounds,
// and prepares the next session from the generated agenda, which opens with what goes well and
// prints without the app around it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, submitSignIn, type RunningApp } from './harness.ts';

const ADMIN = { name: 'Hanneke Smit', email: 'hanneke@crisisroute-noord.nl', password: 'crisisroute-noord-2026' };
const NAV = 'Onderdelen van het samenwerkingsverband';

describeStory('reading the signals and preparing the session agenda', () => {
  let app: RunningApp;
  let browser: Browser;
  let networkId: string;

  beforeAll(async () => {
    app = await startApp();
    const admin = new ApiCaller(app);
    networkId = (await admin.call('POST', '/api/setup', { ...ADMIN, loadExample: true })).body.exampleNetworkId;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('explains each signal with questions to ask, charts the trends and builds a printable agenda', async () => {
    const { context, problems } = await newTrackedContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto(`/networks/${networkId}`);

    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Signalen' }).click();
    await expectHeading(page, 'Signalen en trends');
    await page.getByText('Signalen over paren en afspraken komen uit de laatste afgesloten ronde: Reflectieronde najaar.').waitFor();
    const downward = page.getByRole('region', { name: /^Neerwaartse spiraal/ });
    await downward.getByText(/Jeugdhulp Noord → Gemeente Noorderveen/).first().waitFor();
    await downward.getByRole('heading', { name: 'Wat betekent dit?' }).waitFor();
    await downward.getByRole('heading', { name: 'Vragen om te stellen' }).waitFor();
    const upward = page.getByRole('region', { name: /^Opwaartse spiraal/ });
    await upward.getByText(/GGZ Noord → Stichting Ster/).first().waitFor();
    await upward.getByRole('link', { name: 'Bekijk' }).first().waitFor();

    // The chart is a picture; the table beside it holds the same numbers, round by round.
    await page.locator('.line-chart svg').waitFor();
    const table = page.getByRole('table', { name: /^Scores per ronde/ });
    await table.getByRole('columnheader', { name: 'Reflectieronde voorjaar' }).waitFor();
    await table.getByRole('columnheader', { name: 'Reflectieronde najaar' }).waitFor();
    await table.getByRole('rowheader', { name: 'Vertrouwen in het netwerk' }).waitFor();
    await table.getByRole('rowheader', { name: 'Openheid in het netwerk' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Agenda' }).click();
    await expectHeading(page, 'Agenda voor het volgende overleg');
    // The headings come with the agenda's data: wait for them before reading their order.
    await page.getByRole('heading', { level: 2, name: 'Neerwaartse spiralen' }).waitFor();
    const sections = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(sections[0]).toBe('Wat goed gaat');
    expect(sections.indexOf('Neerwaartse spiralen')).toBeGreaterThan(0);
    const goingWell = page.getByRole('list', { name: 'Wat goed gaat' });
    await goingWell.getByText('GGZ Noord → Stichting Ster').first().waitFor();
    await goingWell.getByText(/Twee rondes op rij omhoog/).first().waitFor();
    const concerns = page.getByRole('list', { name: 'Neerwaartse spiralen' });
    await concerns.getByText('Jeugdhulp Noord → Gemeente Noorderveen').first().waitFor();
    expect(await page.getByRole('link', { name: /^Hier aan werken/ }).count()).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Agenda afdrukken' }).waitFor();
    await expectNoAxeViolations(page);

    // Printed, the agenda stands alone: no navigation, no buttons, a line saying whose agenda it is.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: NAV }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Agenda afdrukken' }).isVisible()).toBe(false);
    await page.getByText(/^Agenda van Crisisroute/).waitFor({ state: 'visible' });
    await page.emulateMedia({ media: 'screen' });

    expect(problems).toEqual([]);
    await context.close();
  });
});
