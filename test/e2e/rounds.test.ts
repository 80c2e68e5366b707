// User story: the coordinator of a crisis route plans a reflection round and opens it; a
// representative answers it on a phone (390×844), one section at a time, leaves halfway, comes
// back to the answers kept on the phone, sends them and later changes one; the coordinator sees
// the response rate (a count, never the answers) and closes the round.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, submitSignIn, type RunningApp } from './harness.ts';

const NETWORK = 'Crisisroute Jeugd Regio West';
const ADMIN = { name: 'Hanneke Smit', email: 'hanneke@gemeente-west.nl', password: 'crisisroute-west-2026' };
const REP = { name: 'Ravi Pinas', email: 'ravi@ggz-west.nl', password: 'ggz-west-wachtwoord' };
const PARTNERS = ['GGZ West', 'Wijkteam Havens', 'Jeugdhulp De Brug', 'Politie eenheid West'];
const ROUND = 'Reflectieronde najaar';

/** Answers every question on screen: the tile at `choice` (0-based), "don't know" for the last question. */
async function answerAll(page: Page, choice: number) {
  const questions = page.locator('fieldset.scale-question');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const options = questions.nth(i).locator('label.scale-option');
    await (i === count - 1 ? options.last() : options.nth(choice)).click();
  }
  return count;
}

describeStory('answering a reflection round on a phone', () => {
  let app: RunningApp;
  let browser: Browser;
  let networkId: string;
  let partnerIds: string[];

  beforeAll(async () => {
    app = await startApp();
    const admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    networkId = (await admin.call('POST', '/api/networks', { name: NETWORK })).body.id;
    partnerIds = [];
    for (const name of PARTNERS) partnerIds.push((await admin.call('POST', `/api/networks/${networkId}/partners`, { name, sector: 'anders' })).body.id);
    await admin.call('POST', `/api/networks/${networkId}/invitations`, { email: REP.email, role: 'representative', partnerId: partnerIds[0] });
    const outbox = await admin.call<{ items: { to: string; text: string }[] }>('GET', '/api/admin/outbox');
    const token = /\/invitations\/(\S+)/.exec(outbox.body.items.find((m) => m.to === REP.email)!.text)![1]!;
    expect((await new ApiCaller(app).call('POST', `/api/invitations/${token}/accept`, { name: REP.name, password: REP.password })).status).toBe(200);
    const db = app.server.runtime.deps.db;
    const adminId = (await db.selectFrom('users').select('id').where('email', '=', ADMIN.email).executeTakeFirstOrThrow()).id;
    await db
      .insertInto('agreements')
      .values({ id: randomUUID(), network_id: networkId, kind: 'escalation', title: 'Binnen een uur terugbellen bij crisis', created_by: adminId, version_in_force: 1, in_force_since: new Date() })
      .execute();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('plans and opens a round, answers it on a phone with progress kept, and shows only the response rate', async () => {
    // The coordinator plans the round and opens it now.
    const coordinator = await newTrackedContext(browser, app.url);
    const desk = await coordinator.context.newPage();
    await desk.goto('/login');
    await submitSignIn(desk, ADMIN);
    await expectHeading(desk, 'Mijn samenwerkingsverbanden');
    await desk.goto(`/networks/${networkId}`);
    await expectHeading(desk, NETWORK);
    await desk.getByRole('navigation', { name: 'Onderdelen van het samenwerkingsverband' }).getByRole('link', { name: 'Reflectierondes' }).click();
    await expectHeading(desk, 'Reflectierondes');
    await desk.getByText('Er zijn nog geen reflectierondes.').waitFor();
    await expectNoAxeViolations(desk);
    await desk.getByRole('textbox', { name: 'Titel' }).fill(ROUND);
    await desk.getByRole('button', { name: 'Ronde plannen' }).click();
    await expectHeading(desk, ROUND);
    await desk.getByText('Gepland').waitFor();
    await expectNoAxeViolations(desk);
    await desk.getByRole('button', { name: 'Nu openen' }).click();
    await desk.getByRole('alertdialog').getByRole('button', { name: 'Openen' }).click();
    await desk.getByText('0 van 1 (0%)').waitFor();
    await expectNoAxeViolations(desk);

    // The representative, on a phone, finds the round on the network home.
    const rep = await newTrackedContext(browser, app.url);
    const phone = await rep.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto('/login');
    await submitSignIn(phone, REP);
    await expectHeading(phone, 'Mijn samenwerkingsverbanden');
    await phone.goto(`/networks/${networkId}`);
    await phone.getByRole('heading', { name: 'Wat vraagt nu uw aandacht' }).waitFor();
    await expectNoAxeViolations(phone);
    await phone.getByRole('link', { name: `Vragenlijst invullen: ${ROUND}` }).click();
    await expectHeading(phone, `Vragenlijst: ${ROUND}`);

    // Section 1 of 7: the five aspects, ten statements.
    await phone.getByText('Stap 1 van 5').waitFor();
    await expectNoAxeViolations(phone);
    const tile = await phone.locator('label.scale-option').first().boundingBox();
    expect(tile!.height).toBeGreaterThanOrEqual(44);
    expect(tile!.width).toBeGreaterThanOrEqual(44);
    expect(await answerAll(phone, 3)).toBe(10);
    await phone.getByRole('button', { name: 'Volgende' }).click();

    // The agreement in force.
    await phone.getByRole('heading', { level: 2, name: 'Afspraken' }).waitFor();
    await phone.getByRole('heading', { name: 'Binnen een uur terugbellen bij crisis' }).waitFor();
    expect(await answerAll(phone, 4)).toBe(2);
    await phone.getByRole('button', { name: 'Volgende' }).click();

    // Choose partners: not one's own; two of the three others.
    await phone.getByRole('heading', { level: 2, name: 'Met wie werkt u samen?' }).waitFor();
    await expect(phone.getByRole('checkbox', { name: 'GGZ West' }).count()).resolves.toBe(0);
    await phone.getByRole('checkbox', { name: 'Wijkteam Havens' }).check();
    await phone.getByRole('checkbox', { name: 'Politie eenheid West' }).check();
    await expectNoAxeViolations(phone);
    await phone.getByText('Stap 3 van 7').waitFor();
    await phone.getByRole('button', { name: 'Volgende' }).click();

    // The first partner: level plus six statements. Then the phone is put away.
    await phone.getByRole('heading', { level: 2, name: 'Samenwerking met Politie eenheid West' }).waitFor();
    expect(await answerAll(phone, 2)).toBe(7);
    await expectNoAxeViolations(phone);
    await phone.reload();
    await phone.getByRole('heading', { level: 2, name: 'Samenwerking met Politie eenheid West' }).waitFor();
    await expect(phone.getByRole('group', { name: 'Hoe nauw werkt uw organisatie met deze partner samen?' }).getByRole('radio', { name: '2 – We wisselen informatie uit' }).isChecked()).resolves.toBe(true);
    await phone.getByRole('button', { name: 'Volgende' }).click();
    await phone.getByRole('heading', { level: 2, name: 'Samenwerking met Wijkteam Havens' }).waitFor();
    await answerAll(phone, 4);
    await phone.getByRole('button', { name: 'Volgende' }).click();

    // Open questions, then send.
    await phone.getByRole('heading', { level: 2, name: 'Open vragen' }).waitFor();
    await phone.getByRole('textbox', { name: 'Wat ging er de afgelopen periode goed in de samenwerking?' }).fill('De nachtelijke overdracht met het wijkteam liep goed.');
    await expectNoAxeViolations(phone);
    await phone.getByRole('button', { name: 'Volgende' }).click();
    await phone.getByRole('heading', { level: 2, name: 'Versturen' }).waitFor();
    await phone.getByText('U hebt 26 van de 26 vragen beantwoord.', { exact: false }).waitFor();
    await phone.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await phone.getByText(/Bedankt! Uw antwoorden zijn verstuurd/).waitFor();
    await expectNoAxeViolations(phone);

    // Later, on the same phone: the answers are still there and can be changed and sent again.
    await phone.goto(`/networks/${networkId}/rounds`);
    await expectHeading(phone, 'Reflectierondes');
    await phone.getByText(/^Ingevuld op/).waitFor();
    await phone.goto(`/networks/${networkId}`);
    await phone.locator('.attention').getByText('Er wacht nu niets op u', { exact: false }).waitFor();
    expect(await phone.getByRole('link', { name: `Vragenlijst invullen: ${ROUND}` }).count()).toBe(0);
    await phone.goto(`/networks/${networkId}/rounds`);
    await phone.getByRole('link', { name: ROUND }).click();
    await expectHeading(phone, ROUND);
    await expectNoAxeViolations(phone);
    await phone.getByRole('link', { name: 'Antwoorden bekijken of wijzigen' }).click();
    await phone.getByRole('heading', { level: 2, name: 'Versturen' }).waitFor();
    await phone.getByText(/U hebt deze ronde ingevuld op/).waitFor();
    for (let i = 0; i < 6; i++) await phone.getByRole('button', { name: 'Vorige' }).click();
    await phone.getByRole('heading', { level: 2, name: 'Het samenwerkingsverband' }).waitFor();
    await expect(phone.locator('fieldset.scale-question').first().getByRole('radio', { name: '4 Eens' }).isChecked()).resolves.toBe(true);
    await phone.locator('fieldset.scale-question').first().locator('label.scale-option').nth(1).click();
    for (let i = 0; i < 6; i++) await phone.getByRole('button', { name: 'Volgende' }).click();
    await phone.getByRole('button', { name: 'Gewijzigde antwoorden versturen' }).click();
    await phone.getByText(/Bedankt! Uw antwoorden zijn verstuurd/).waitFor();

    // The coordinator sees one response of one invitee, and closes the round: one respondent is
    // fewer than k = 3, so the dialog shows the figures and asks again before closing (DESIGN §5.9).
    await desk.reload();
    await desk.getByText('1 van 1 (100%)').waitFor();
    await expect(desk.getByText('De nachtelijke overdracht').count()).resolves.toBe(0);
    await desk.getByRole('button', { name: 'Nu sluiten' }).click();
    await desk.getByRole('alertdialog').getByRole('button', { name: 'Sluiten' }).click();
    const lowResponse = desk.getByRole('alertdialog', { name: 'Lage respons: toch sluiten?' });
    await lowResponse.getByText(/1 van 1 uitgenodigden antwoordden \(100%\)\. Dat zijn minder dan 3 respondenten\./).waitFor();
    await expectNoAxeViolations(desk);
    await lowResponse.getByRole('button', { name: 'Toch sluiten' }).click();
    await desk.getByText('Gesloten', { exact: true }).first().waitFor();
    await expectNoAxeViolations(desk);

    const stored = await app.server.runtime.deps.db.selectFrom('round_responses').select('answers').execute();
    expect(stored).toHaveLength(1);
    const answers = stored[0]!.answers as { aspects: { ambition: number[] }; partners: Record<string, { level: number }>; agreements: Record<string, unknown> };
    expect(answers.aspects.ambition).toEqual([2, 4]);
    expect(Object.keys(answers.partners).sort()).toEqual([partnerIds[1], partnerIds[3]].sort());
    expect(answers.partners[partnerIds[3]!]!.level).toBe(2);
    expect(Object.keys(answers.agreements)).toHaveLength(1);
    expect([...coordinator.problems, ...rep.problems]).toEqual([]);
  });
});
