// User story: the coordinator puts an agreement up for consent; the representative of a party sees
// the unread count in the header, reads the notification in Dutch, follows it to the agreement and
// finds it marked read; "mark all as read" clears the rest.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { unsubscribeToken } from '../../src/mail/unsubscribe-token.ts';
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

  it('lets a person choose per topic how mail reaches them, and stop one kind from the link in a mail', async () => {
    const { context, problems } = await newTrackedContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await submitSignIn(page, REP);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.getByRole('link', { name: 'E-mailinstellingen' }).click();
    await expectHeading(page, 'E-mailinstellingen');
    const actions = page.getByRole('group', { name: 'Vraagt uw actie' });
    const questionnaire = actions.getByRole('button', { name: /Een vragenlijst staat voor u open/ });
    await questionnaire.getByText('Direct (gebundeld per 10 minuten)').waitFor();
    await page.getByRole('group', { name: 'Ter informatie' }).getByRole('button', { name: /Gedeelde doelen/ }).getByText('Dagelijks overzicht (07.30 uur)').waitFor();
    await expectNoAxeViolations(page);
    await questionnaire.click();
    await page.getByRole('option', { name: 'Wekelijks overzicht (maandag 07.30 uur)' }).click();
    await page.getByRole('button', { name: /Taal van uw e-mail/ }).click();
    await page.getByRole('option', { name: 'Engels' }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Uw keuzes zijn opgeslagen.').waitFor();
    await page.reload();
    await expectHeading(page, 'E-mailinstellingen');
    await actions.getByRole('button', { name: /Een vragenlijst staat voor u open/ }).getByText('Wekelijks overzicht (maandag 07.30 uur)').waitFor();
    const api = new ApiCaller(app);
    await api.call('POST', '/api/auth/sign-in/email', { email: REP.email, password: REP.password });
    const saved = (await api.call('GET', '/api/me/notification-preferences')).body;
    expect(saved.language).toBe('en');
    expect(saved.topics.find((t: { topic: string }) => t.topic === 'questionnaire')).toMatchObject({ delivery: 'weekly', chosen: true });

    // The unsubscribe link of a mail about a request, opened without being signed in.
    const userId = (await api.call('GET', '/api/me')).body.user.id;
    const token = unsubscribeToken(app.server.runtime.deps.unsubscribeKey, { userId, scope: 'request' });
    const visitor = await (await newTrackedContext(browser, app.url)).context.newPage();
    await visitor.goto(`/unsubscribe/${token}`);
    await expectHeading(visitor, 'Afmelden voor e-mail');
    await visitor.getByText('Wilt u geen e-mail meer ontvangen over: Een verzoek aan uw organisatie?').waitFor();
    await expectNoAxeViolations(visitor);
    await visitor.getByRole('button', { name: 'Geen e-mail meer hierover' }).click();
    await visitor.getByText('U krijgt geen e-mail meer over: Een verzoek aan uw organisatie.', { exact: false }).waitFor();
    expect((await api.call('GET', '/api/me/notification-preferences')).body.topics.find((t: { topic: string }) => t.topic === 'request')).toMatchObject({ delivery: 'never' });
    await visitor.goto('/unsubscribe/niet-geldig.token-van-niemand');
    await visitor.getByText('Deze afmeldlink is niet (meer) geldig.').waitFor();
    expect(problems).toEqual([]);
  });
});
