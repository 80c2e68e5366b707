// User story: a representative who answered a reflection round downloads "Mijn gegevens" from the
// header: the ZIP holds their account and their role in the network, and says their round answers
// are left out, which they are: none of what they answered is anywhere in it.
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { responseBody } from '../helpers/round-responses.ts';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, submitSignIn, type RunningApp } from './harness.ts';

const ADMIN = { name: 'Joost Veenstra', email: 'joost@gemeente-west.nl', password: 'gemeente-west-2026' };
const REP = { name: 'Lotte Brouwer', email: 'lotte@ggz-west.nl', password: 'ggz-west-wachtwoord-2026' };
const NETWORK = 'Crisisroute Jeugd Regio West';
/** Open answers only this respondent wrote: a ZIP that holds any of them holds her round answers. */
const ANSWERS = {
  wentWell: 'Lotte-uniek: de nachtelijke overdracht met het wijkteam liep soepel.',
  toDiscuss: 'Lotte-uniek: wie belt de school na een crisisbeoordeling?',
  askOfPartner: 'Lotte-uniek: kunnen jullie in het weekend binnen een uur terugbellen?',
};

describeStory('downloading one’s own data', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    const admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    const networkId = (await admin.call('POST', '/api/networks', { name: NETWORK })).body.id;
    const base = `/api/networks/${networkId}`;
    const ggz = (await admin.call('POST', `${base}/partners`, { name: 'GGZ West', sector: 'ggz' })).body.id;
    const wijkteam = (await admin.call('POST', `${base}/partners`, { name: 'Wijkteam West', sector: 'wijkteam' })).body.id;
    await admin.call('POST', `${base}/invitations`, { email: REP.email, role: 'representative', partnerId: ggz });
    const outbox = (await admin.call<{ items: { to: string; text: string }[] }>('GET', '/api/admin/outbox')).body.items;
    const token = /\/invitations\/(\S+)/.exec(outbox.find((m) => m.to === REP.email)!.text)![1];
    expect((await new ApiCaller(app).call('POST', `/api/invitations/${token}/accept`, { name: REP.name, password: REP.password })).status).toBe(200);

    const day = 24 * 3600 * 1000;
    const round = await admin.call('POST', `${base}/rounds`, { title: 'Reflectieronde voorjaar', opensAt: new Date(Date.now() + day).toISOString(), closesAt: new Date(Date.now() + 14 * day).toISOString() });
    expect(round.status).toBe(201);
    expect((await admin.call('POST', `${base}/rounds/${round.body.id}/open`)).status).toBe(200);
    const rep = new ApiCaller(app);
    expect((await rep.call('POST', '/api/auth/sign-in/email', { email: REP.email, password: REP.password })).status).toBe(200);
    expect((await rep.call('POST', `${base}/rounds/${round.body.id}/responses`, responseBody([wijkteam], [], ANSWERS))).status).toBe(200);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('hands a respondent a ZIP with their account and role, and none of their round answers', async () => {
    const { context, problems } = await newTrackedContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await submitSignIn(page, REP);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.getByRole('link', { name: 'Mijn gegevens' }).click();
    await expectHeading(page, 'Mijn gegevens');
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download mijn gegevens (ZIP)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mijn-gegevens-ketenregie-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = unzipSync(fs.readFileSync((await download.path())!));
    const account = JSON.parse(strFromU8(zip['mijn-gegevens/account.json']!));
    expect(account.account).toMatchObject({ name: REP.name, email: REP.email });
    expect(account.roles).toEqual([expect.objectContaining({ network: NETWORK, role: 'representative', partner: 'GGZ West' })]);
    // The read-me says the round answers are left out, and no file holds any of them.
    expect(strFromU8(zip['mijn-gegevens/LEESMIJ-README.txt']!)).toContain('Uw antwoorden op reflectierondes zitten er niet in.');
    const everything = Object.values(zip).map((bytes) => strFromU8(bytes)).join('\n');
    for (const answer of Object.values(ANSWERS)) expect(everything).not.toContain(answer);
    expect(everything).not.toContain('Lotte-uniek');
    expect(Object.keys(zip).some((file) => /antwoord|respons|answer/i.test(file))).toBe(false);
    // What she answered is stored, so its absence from the ZIP is the export's doing.
    const stored = await app.server.runtime.deps.db.selectFrom('round_responses').select('answers').execute();
    expect(JSON.stringify(stored)).toContain('Lotte-uniek');
    expect(problems).toEqual([]);
    await context.close();
  });
});
