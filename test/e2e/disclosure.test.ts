// User story (DESIGN §5.3): the coordinator plans a round in which pair ratings are shown per
// organisation; a representative who is the only respondent of their organisation reads, before
// rating any partner, that the coordinator and the partner they rate will see their own ratings,
// and is reminded of it on each partner step. The round page says who sees pair ratings.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, submitSignIn, type RunningApp } from './harness.ts';

const NETWORK = 'Crisisroute Jeugd Regio Oost';
const ADMIN = { name: 'Ilse Vermeer', email: 'ilse@gemeente-oost.nl', password: 'crisisroute-oost-2026' };
const REP = { name: 'Sanne de Wit', email: 'sanne@ggz-oost.nl', password: 'ggz-oost-wachtwoord' };
const PARTNERS = ['GGZ Oost', 'Wijkteam Stad', 'Veilig Thuis Oost'];
const ROUND = 'Reflectieronde voorjaar';
const ONLY_YOU = 'Omdat u de enige respondent van uw organisatie bent, zien de ketenregisseur en de partner die u beoordeelt dus uw eigen beoordelingen.';

/** Answers every question on screen with the tile at `choice` (0-based). */
async function answerAll(page: Page, choice: number) {
  const questions = page.locator('fieldset.scale-question');
  const count = await questions.count();
  for (let i = 0; i < count; i++) await questions.nth(i).locator('label.scale-option').nth(choice).click();
}

describeStory('who sees the ratings of partners', () => {
  let app: RunningApp;
  let browser: Browser;
  let networkId: string;
  let roundId: string;

  beforeAll(async () => {
    app = await startApp();
    const admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    networkId = (await admin.call('POST', '/api/networks', { name: NETWORK })).body.id;
    const partnerIds: string[] = [];
    for (const name of PARTNERS) partnerIds.push((await admin.call('POST', `/api/networks/${networkId}/partners`, { name, sector: 'anders' })).body.id);
    await admin.call('POST', `/api/networks/${networkId}/invitations`, { email: REP.email, role: 'representative', partnerId: partnerIds[0] });
    const outbox = await admin.call<{ items: { to: string; text: string }[] }>('GET', '/api/admin/outbox');
    const token = /\/invitations\/(\S+)/.exec(outbox.body.items.find((m) => m.to === REP.email)!.text)![1]!;
    expect((await new ApiCaller(app).call('POST', `/api/invitations/${token}/accept`, { name: REP.name, password: REP.password })).status).toBe(200);
    const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    const planned = await admin.call('POST', `/api/networks/${networkId}/rounds`, { title: ROUND, opensAt: soon(1), closesAt: soon(24 * 14), disclosureMode: 'organisation' });
    roundId = planned.body.id;
    expect((await admin.call('POST', `/api/networks/${networkId}/rounds/${roundId}/open`)).status).toBe(200);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('tells the only respondent of an organisation, before the partner questions, that their own ratings are seen', async () => {
    // The coordinator's planning form offers the two modes; the round says which one it has.
    const coordinator = await newTrackedContext(browser, app.url);
    const desk = await coordinator.context.newPage();
    await desk.goto('/login');
    await submitSignIn(desk, ADMIN);
    await expectHeading(desk, 'Mijn samenwerkingsverbanden');
    await desk.goto(`/networks/${networkId}/rounds`);
    await expectHeading(desk, 'Reflectierondes');
    const modes = desk.getByRole('group', { name: 'Wie ziet de beoordelingen tussen partners?' });
    await expect(modes.getByRole('radio', { name: 'Per organisatie (standaard)' }).isChecked()).resolves.toBe(true);
    await expect(modes.getByRole('radio', { name: 'Strikt anoniem' }).isChecked()).resolves.toBe(false);
    await expectNoAxeViolations(desk);
    await desk.goto(`/networks/${networkId}/rounds/${roundId}`);
    await expectHeading(desk, ROUND);
    await desk.getByText('Per organisatie: de ketenregisseur en de twee partners van een paar').waitFor();
    await expectNoAxeViolations(desk);

    // The representative answers on a phone.
    const rep = await newTrackedContext(browser, app.url);
    const phone = await rep.context.newPage();
    await phone.setViewportSize({ width: 320, height: 700 });
    await phone.goto('/login');
    await submitSignIn(phone, REP);
    await expectHeading(phone, 'Mijn samenwerkingsverbanden');
    await phone.goto(`/networks/${networkId}/rounds/${roundId}/questionnaire`);
    await expectHeading(phone, `Vragenlijst: ${ROUND}`);
    await expect(phone.getByText('Niemand, ook de ketenregisseur niet, ziet wat u persoonlijk invult').count()).resolves.toBe(0);
    await answerAll(phone, 3);
    await phone.getByRole('button', { name: 'Volgende' }).click();

    // The partner step opens with who will see the ratings, before any partner is rated.
    await phone.getByRole('heading', { level: 2, name: 'Met wie werkt u samen?' }).waitFor();
    const notice = phone.getByRole('region', { name: 'Wie ziet uw beoordelingen van partners?' });
    await notice.getByText('U bent de enige van uw organisatie die voor deze ronde is uitgenodigd.').waitFor();
    await notice.getByText(ONLY_YOU).waitFor();
    await expect(phone.locator('fieldset.scale-question').count()).resolves.toBe(0);
    await expectNoAxeViolations(phone);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await phone.getByRole('checkbox', { name: 'Wijkteam Stad' }).check();
    await phone.getByRole('button', { name: 'Volgende' }).click();

    // And each partner step reminds them.
    await phone.getByRole('heading', { level: 2, name: 'Samenwerking met Wijkteam Stad' }).waitFor();
    await phone.getByText(ONLY_YOU).waitFor();
    await expectNoAxeViolations(phone);

    expect([...coordinator.problems, ...rep.problems]).toEqual([]);
  });
});
