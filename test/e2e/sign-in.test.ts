// User story: someone signs in (and mistypes the password first), comes back to the page they
// asked for, downloads their own data, signs out again (and finds the accessibility statement), and is stopped after too
// many attempts.
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, type RunningApp } from './harness.ts';

const ADMIN = { name: 'Carla Bakker', email: 'carla@wijkteam-zuid.nl', password: 'wijkteam-zuid-2026' };
const SIGN_IN_LIMIT = 4;

describeStory('signing in and out', () => {
  let app: RunningApp;
  let browser: Browser;
  let networkId: string;

  beforeAll(async () => {
    app = await startApp({ signInLimitPerMinute: SIGN_IN_LIMIT });
    const admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    networkId = (await admin.call('POST', '/api/networks', { name: 'Thuis in de wijk Zuid' })).body.id;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows a clear error for a wrong password, returns to the asked page and signs out', async () => {
    const { context, problems } = await newTrackedContext(browser, app.url);
    const page = await context.newPage();

    // A network page needs a signed-in person: the login page comes first.
    await page.goto(`/networks/${networkId}`);
    await expectHeading(page, 'Inloggen');
    expect(await page.title()).toBe('Inloggen – Ketenregie');
    await expectNoAxeViolations(page);

    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(ADMIN.email);
    await page.getByLabel('Wachtwoord').fill('niet-het-goede-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    await expectNoAxeViolations(page);

    await page.getByLabel('Wachtwoord').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expectHeading(page, 'Thuis in de wijk Zuid');
    expect(new URL(page.url()).pathname).toBe(`/networks/${networkId}`);

    // "Mijn gegevens" hands the person everything kept about them, as a ZIP.
    await page.getByRole('link', { name: 'Mijn gegevens' }).click();
    await expectHeading(page, 'Mijn gegevens');
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download mijn gegevens (ZIP)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mijn-gegevens-ketenregie-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = unzipSync(fs.readFileSync((await download.path())!));
    expect(JSON.parse(strFromU8(zip['mijn-gegevens/account.json']!)).account).toMatchObject({ name: ADMIN.name, email: ADMIN.email });

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expectHeading(page, 'Inloggen');
    await page.getByText('U bent uitgelogd.').waitFor();
    expect(await page.getByRole('button', { name: 'Uitloggen' }).count()).toBe(0);
    await page.goto('/');
    await expectHeading(page, 'Inloggen');

    // Signed out, the footer still leads to the accessibility statement, with its status and date.
    await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
    await expectHeading(page, 'Toegankelijkheidsverklaring');
    await page.getByText('C – eerste maatregelen genomen').waitFor();
    await page.getByText(/Deze verklaring en de laatste controle zijn van 7 december 2026/).waitFor();
    await page.getByRole('heading', { name: 'Bekende beperkingen' }).waitFor();
    await expectNoAxeViolations(page);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the header on screen from the first paint until the page is there, without warnings', async () => {
    const { context, problems } = await newTrackedContext(browser, app.url);
    const warnings: string[] = [];
    // Before the app's code runs: note every moment #root shows no header (a blank screen).
    await context.addInitScript(() => {
      const w = window as unknown as { blankMoments: number };
      w.blankMoments = 0;
      new MutationObserver(() => {
        const root = document.getElementById('root');
        if (root && !root.querySelector('.product-name')) w.blankMoments++;
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto('/login');
    await expectHeading(page, 'Inloggen');
    expect(await page.evaluate(() => (window as unknown as { blankMoments: number }).blankMoments)).toBe(0);
    expect(warnings).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('tells the person to wait after too many attempts', async () => {
    const { context, problems } = await newTrackedContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await expectHeading(page, 'Inloggen');
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(ADMIN.email);
    let status = 0;
    for (let attempt = 0; attempt <= SIGN_IN_LIMIT && status !== 429; attempt++) {
      await page.getByLabel('Wachtwoord').fill(`fout-wachtwoord-${attempt}`);
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in/email'));
      await page.getByRole('button', { name: 'Inloggen' }).click();
      status = (await answer).status();
    }
    expect(status).toBe(429);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Te veel inlogpogingen. Wacht een minuut en probeer het dan opnieuw.');
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
