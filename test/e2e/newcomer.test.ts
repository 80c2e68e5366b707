// User story: a newcomer installs Ketenregie, starts a network and brings in a colleague as
// coordinator, who joins through the link in the outbox and switches the UI to English.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, type RunningApp } from './harness.ts';

const NETWORK = 'Crisisroute Jeugd Regio Noord';
const ADMIN = { name: 'Anna de Vries', email: 'anna@gemeente-noord.nl', password: 'ketenregie-2026' };
const COLLEAGUE = { name: 'Bram Jansen', email: 'bram@ggz-noord.nl', password: 'samen-sterk-2026' };

describeStory('newcomer: from an empty installation to a second coordinator', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('sets up, starts a network, invites a colleague who joins and reads it in English', async () => {
    const admin = await newTrackedContext(browser, app.url);
    const page = await admin.context.newPage();

    // A fresh installation opens on the Dutch setup screen.
    await page.goto('/');
    await expectHeading(page, 'Ketenregie inrichten');
    expect(new URL(page.url()).pathname).toBe('/setup');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.title()).toBe('Ketenregie inrichten – Ketenregie');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await expectNoAxeViolations(page);

    // A password that is too short is refused beside the field, in Dutch.
    await page.getByRole('textbox', { name: 'Naam' }).fill(ADMIN.name);
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(ADMIN.email);
    await page.getByLabel('Wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    await page.getByText('Het wachtwoord moet minstens 10 tekens hebben.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Wachtwoord').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();

    // My networks: still empty; start the network.
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.getByText('U doet nog niet mee in een samenwerkingsverband').waitFor();
    await expect.poll(() => page.getByText(`Ingelogd als ${ADMIN.name}`).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('textbox', { name: 'Naam van het samenwerkingsverband' }).fill(NETWORK);
    await page.getByRole('textbox', { name: 'Omschrijving' }).fill('GGZ en LVB spreken af wie er wanneer beschikbaar is voor jeugd in crisis.');
    await page.getByRole('button', { name: 'Samenwerkingsverband starten' }).click();

    // The network's home, with guidance for an empty network.
    await expectHeading(page, NETWORK);
    expect(await page.title()).toBe(`${NETWORK} – Ketenregie`);
    await page.getByText('Dit samenwerkingsverband is nog leeg').waitFor();
    await expectNoAxeViolations(page);

    // People and invitations have their own page, with the invite form at the top.
    await page.getByRole('link', { name: 'Mensen uitnodigen en uitnodigingen bekijken' }).click();
    await expectHeading(page, 'Mensen en uitnodigingen');

    // Invite the colleague as coordinator; the role select offers all four roles.
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(COLLEAGUE.email);
    await page.getByRole('button', { name: /^Kies een rol/ }).click();
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual(['Ketenregisseur', 'Vertegenwoordiger', 'Deelnemer', 'Toehoorder']);
    await expectNoAxeViolations(page);
    await page.getByRole('option', { name: 'Ketenregisseur' }).click();
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByText(`De uitnodiging is verstuurd naar ${COLLEAGUE.email}.`).waitFor();
    const row = page.getByRole('table', { name: 'Uitnodigingen' }).getByRole('row', { name: new RegExp(COLLEAGUE.email) });
    await row.getByText('Openstaand').waitFor();
    await expect.poll(() => row.getByText('Ketenregisseur').isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // The audit log records it.
    await page.getByRole('link', { name: 'Logboek', exact: true }).click();
    await expectHeading(page, `Logboek van ${NETWORK}`);
    await page.getByRole('cell', { name: 'Uitnodiging verstuurd' }).waitFor();
    await page.getByRole('cell', { name: 'Samenwerkingsverband gestart' }).waitFor();
    await expectNoAxeViolations(page);

    // Without SMTP the mail waits in the outbox; the administrator copies the link from it.
    await page.getByRole('link', { name: 'Uitgaande e-mail' }).click();
    await expectHeading(page, 'Uitgaande e-mail');
    const mail = page.locator('details', { hasText: `Uitnodiging voor ${NETWORK}` });
    await mail.locator('summary').click();
    const text = await mail.locator('pre').innerText();
    await expect.poll(() => mail.locator('summary').innerText()).toContain(COLLEAGUE.email);
    await expectNoAxeViolations(page);
    const link = new RegExp(`${app.url}/invitations/\\S+`).exec(text)?.[0];
    expect(link, 'the invitation mail holds a link to this installation').toBeDefined();

    // The colleague opens the link in a browser of their own and creates an account.
    const colleague = await newTrackedContext(browser, app.url);
    const newcomer = await colleague.context.newPage();
    await newcomer.goto(link!);
    await expectHeading(newcomer, `Uitnodiging voor ${NETWORK}`);
    await newcomer.getByText('Ketenregisseur').waitFor();
    await newcomer.getByText('Openstaand').waitFor();
    await expectNoAxeViolations(newcomer);
    await newcomer.getByRole('textbox', { name: 'Naam' }).fill(COLLEAGUE.name);
    await newcomer.getByLabel('Wachtwoord', { exact: true }).fill(COLLEAGUE.password);
    await newcomer.getByLabel('Herhaal het wachtwoord').fill(COLLEAGUE.password);
    await newcomer.getByRole('button', { name: 'Account aanmaken en uitnodiging aannemen' }).click();

    // They land on the network's home page, still empty, as coordinator.
    await expectHeading(newcomer, NETWORK);
    await newcomer.getByText('Dit samenwerkingsverband is nog leeg').waitFor();
    await newcomer.getByText(`Ingelogd als ${COLLEAGUE.name}`).waitFor();
    await newcomer.getByRole('link', { name: 'Mensen uitnodigen en uitnodigingen bekijken' }).click();
    await expectHeading(newcomer, 'Mensen en uitnodigingen');
    const members = newcomer.getByRole('table', { name: 'Mensen in dit samenwerkingsverband' });
    await members.getByRole('row', { name: new RegExp(ADMIN.email) }).waitFor();
    await members.getByRole('row', { name: new RegExp(COLLEAGUE.email) }).waitFor();
    await expectNoAxeViolations(newcomer);

    // Switching to English turns the whole UI to English and is remembered.
    await newcomer.getByRole('button', { name: 'English' }).click();
    await newcomer.getByRole('heading', { name: 'People in this network' }).waitFor();
    expect(await newcomer.locator('html').getAttribute('lang')).toBe('en');
    await newcomer.getByRole('heading', { name: 'People and invitations', level: 1 }).waitFor();
    await newcomer.getByText(`Signed in as ${COLLEAGUE.name}`).waitFor();
    await newcomer.getByRole('button', { name: 'Sign out' }).waitFor();
    await newcomer.getByRole('button', { name: 'Nederlands' }).waitFor();
    expect(await newcomer.getByRole('table', { name: 'People in this network' }).getByRole('cell', { name: 'Coordinator' }).count()).toBe(2);
    await expectNoAxeViolations(newcomer);
    await newcomer.goBack();
    await newcomer.getByText('This network is still empty').waitFor();
    expect(await newcomer.getByText('Your role', { exact: true }).isVisible()).toBe(true);
    await newcomer.goForward();
    await newcomer.reload();
    await newcomer.getByRole('heading', { name: 'People in this network' }).waitFor();
    expect(await newcomer.locator('.skip-link').innerText()).toBe('Skip to content');
    expect(await newcomer.locator('html').getAttribute('lang')).toBe('en');

    // Signing out leads to the login page, still in English.
    await newcomer.getByRole('button', { name: 'Sign out' }).click();
    await expectHeading(newcomer, 'Sign in');
    await newcomer.getByText('You have signed out.').waitFor();
    await expectNoAxeViolations(newcomer);

    expect([...admin.problems, ...colleague.problems]).toEqual([]);
    await admin.context.close();
    await colleague.context.close();
  });
});
