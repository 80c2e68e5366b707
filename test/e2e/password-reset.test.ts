// User story: someone who forgot their password asks for a link, gets the same neutral answer
// whether or not the address has an account, and chooses a new password through the link.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, type RunningApp } from './harness.ts';

const ADMIN = { name: 'Dirk Smit', email: 'dirk@zorggroep-oost.nl', password: 'zorggroep-oost-2026' };
const NEW_PASSWORD = 'nieuw-wachtwoord-2026';

describeStory('forgotten password', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: ApiCaller;

  beforeAll(async () => {
    app = await startApp();
    admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('asks for a link, chooses a new password and signs in with it', async () => {
    const { context, problems } = await newTrackedContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await expectHeading(page, 'Wachtwoord vergeten');
    await expectNoAxeViolations(page);

    // An unknown address gets the same neutral answer.
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill('onbekend@nergens.nl');
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await page.getByText('Als er een account bij dit e-mailadres hoort').waitFor();
    await page.reload();
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(ADMIN.email);
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await page.getByText('Als er een account bij dit e-mailadres hoort').waitFor();
    await expectNoAxeViolations(page);

    const outbox = await admin.call<{ items: { subject: string; text: string }[] }>('GET', '/api/admin/outbox');
    const mail = outbox.body.items.find((m) => m.subject.includes('wachtwoord'));
    const link = new RegExp(`${app.url}/api/auth/reset-password/\\S+`).exec(mail?.text ?? '')?.[0];
    expect(link, 'the reset mail holds a link').toBeDefined();

    await page.goto(link!);
    await expectHeading(page, 'Nieuw wachtwoord kiezen');
    expect(new URL(page.url()).pathname).toBe('/reset-password');
    await expectNoAxeViolations(page);
    await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
    await page.getByLabel('Herhaal het wachtwoord').fill('iets-anders-2026');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('De twee wachtwoorden zijn niet gelijk.').waitFor();
    await page.getByLabel('Herhaal het wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();

    await expectHeading(page, 'Inloggen');
    await page.getByText('Uw wachtwoord is gewijzigd.').waitFor();
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(ADMIN.email);
    await page.getByLabel('Wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expectHeading(page, 'Mijn samenwerkingsverbanden');

    // The link works once.
    await page.goto(link!);
    await expectHeading(page, 'Nieuw wachtwoord kiezen');
    await page.getByText('Deze link is ongeldig of verlopen.').waitFor();
    await expectNoAxeViolations(page);

    expect(problems).toEqual([]);
    await context.close();
  });
});
