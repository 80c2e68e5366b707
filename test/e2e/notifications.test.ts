// User story: the coordinator puts an agreement up for consent; the representative of a party sees
// the unread count in the header, reads the notification in Dutch, follows it to the agreement and
// finds it marked read; "mark all as read" clears the rest.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, type RunningApp, submitSignIn } from './harness.ts';

const NETWORK = 'Crisisroute Jeugd Regio Zuid';
const ADMIN = { name: 'Sanne Zuidema', email: 'sanne@gemeente-zuid.nl', password: 'crisisroute-zuid-2026' };
const REP = { name: 'Ruud Verhoef', email: 'ruud@ggz-zuid.nl', password: 'ggz-zuid-wachtwoord-2026' };

describeStory('notifications', () => {
  let app: RunningApp;
  let browser: Browser;
  let networkId: string;
  let agreementId: string;

  beforeAll(async () => {
    app = await startApp();
    const admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    networkId = (await admin.call('POST', '/api/networks', { name: NETWORK })).body.id;
    const ggz = (await admin.call('POST', `/api/networks/${networkId}/partners`, { name: 'GGZ Zuid', sector: 'ggz' })).body.id;
    await admin.call('POST', `/api/networks/${networkId}/partners`, { name: 'Wijkteam Zuid', sector: 'wijkteam' });
    await admin.call('POST', `/api/networks/${networkId}/invitations`, { email: REP.email, role: 'representative', partnerId: ggz });
    const outbox = await admin.call<{ items: { to: string; text: string }[] }>('GET', '/api/admin/outbox');
    const token = /\/invitations\/(\S+)/.exec(outbox.body.items.find((m) => m.to === REP.email)!.text)![1];
    expect((await new ApiCaller(app).call('POST', `/api/invitations/${token}/accept`, { name: REP.name, password: REP.password })).status).toBe(200);
    const agreement = await admin.call('POST', `/api/networks/${networkId}/agreements`, { kind: 'escalation', title: 'Risico’s melden', body: 'Wie een risico ziet, belt dezelfde dag de crisisdienst.' });
    expect(agreement.status).toBe(201);
    agreementId = agreement.body.id;
    expect((await admin.call('POST', `/api/networks/${networkId}/agreements/${agreementId}/propose`, { version: 1 })).status).toBe(200);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the unread count, reads a notification by following it, and marks the rest read', async () => {
    const { context, problems } = await newTrackedContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await submitSignIn(page, REP);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');

    const link = page.getByRole('link', { name: /^Meldingen/ });
    // The badge shows the number; screen readers hear it as words.
    const unread = async () => ((await link.getByText(/ongelezen/).count()) === 0 ? 0 : Number(/(\d+) ongelezen/.exec((await link.getByText(/ongelezen/).textContent()) ?? '')![1]));
    await expect.poll(unread).toBeGreaterThan(0);
    const unreadBefore = await unread();
    expect(unreadBefore).toBeGreaterThanOrEqual(2); // drafted, and put up for consent
    await link.click();
    await expectHeading(page, 'Meldingen');
    const proposed = page.getByRole('listitem').filter({ hasText: 'Versie 1 van "Risico’s melden" ligt ter instemming voor.' });
    await proposed.getByText('Nieuw').waitFor();
    await proposed.getByText(NETWORK).waitFor();
    await expectNoAxeViolations(page);

    // Following a notification opens what it is about and marks it read.
    await proposed.getByRole('link', { name: 'Versie 1 van "Risico’s melden" ligt ter instemming voor.' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/networks/${networkId}/agreements/${agreementId}`);
    await expect.poll(unread).toBe(unreadBefore - 1);

    await link.click();
    await expectHeading(page, 'Meldingen');
    expect(await proposed.getByText('Nieuw').count()).toBe(0);
    await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
    await page.getByText('0 ongelezen meldingen').waitFor();
    expect(await page.getByText('Nieuw', { exact: true }).count()).toBe(0);
    await expect.poll(unread).toBe(0);
    expect(await link.textContent()).toBe('Meldingen');
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
