// User story: the coordinator of the example crisis route opens the network map, sees the working
// ties of the last closed round beside the shared history, switches to an earlier round, compares
// two moments, narrows the map to one sector and one partner; an observer sees only the ties that
// rest on enough respondents. Every state is checked with axe.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, submitSignIn, type RunningApp } from './harness.ts';

const ADMIN = { name: 'Hanneke Smit', email: 'hanneke@crisisroute-noord.nl', password: 'crisisroute-noord-2026' };

describeStory('a network map fed by rounds', () => {
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

  it('switches between rounds, compares two of them and filters by sector and partner', async () => {
    const coordinator = await newTrackedContext(browser, app.url);
    const page = await coordinator.context.newPage();
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto(`/networks/${networkId}/map`);
    await expectHeading(page, 'Netwerkkaart');
    await page.getByText(/^Samenwerking volgens Reflectieronde najaar: \d+ werkbanden/).waitFor();
    const table = page.getByRole('table', { name: 'Partners op de kaart' });
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: /Ronde$/ }).click();
    await page.getByRole('option', { name: 'Reflectieronde voorjaar' }).click();
    await page.getByText(/^Samenwerking volgens Reflectieronde voorjaar: \d+ werkbanden/).waitFor();

    await page.getByRole('button', { name: /Vergelijken met$/ }).click();
    await page.getByRole('option', { name: 'Reflectieronde najaar' }).click();
    await page.getByRole('heading', { name: 'Wat veranderde van Reflectieronde najaar naar Reflectieronde voorjaar' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: /Eén partner in beeld$/ }).click();
    await page.getByRole('option', { name: 'GGZ Noord' }).click();
    const rows = await table.getByRole('row').allInnerTexts();
    expect(rows.some((row) => row.startsWith('GGZ Noord'))).toBe(true);
    expect(rows.length).toBeLessThan(20);
    await expectNoAxeViolations(page);
    expect(coordinator.problems).toEqual([]);
    await coordinator.context.close();
  });
});
