// User story: the coordinator of the example crisis route reads the results of the last closed
// round (every pair, the open answers, one turned into a draft success story); a representative
// of GGZ Noord reads the same results and sees the pairs of GGZ Noord but not those of others.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, submitSignIn, type RunningApp } from './harness.ts';

const ADMIN = { name: 'Hanneke Smit', email: 'hanneke@crisisroute-noord.nl', password: 'crisisroute-noord-2026' };
const REP = { name: 'Ravi Pinas', email: 'ravi@ggznoord.nl', password: 'ggz-noord-wachtwoord' };
const ROUND = 'Reflectieronde najaar';

describeStory('reading the results of a round', () => {
  let app: RunningApp;
  let browser: Browser;
  let networkId: string;
  let roundId: string;

  beforeAll(async () => {
    app = await startApp();
    const admin = new ApiCaller(app);
    networkId = (await admin.call('POST', '/api/setup', { ...ADMIN, loadExample: true })).body.exampleNetworkId;
    const rounds = (await admin.call('GET', `/api/networks/${networkId}/rounds?limit=10`)).body.items as { id: string; title: string }[];
    roundId = rounds.find((r) => r.title === ROUND)!.id;
    const partners = (await admin.call('GET', `/api/networks/${networkId}/partners?limit=50`)).body.items as { id: string; name: string }[];
    const ggz = partners.find((p) => p.name === 'GGZ Noord')!.id;
    await admin.call('POST', `/api/networks/${networkId}/invitations`, { email: REP.email, role: 'representative', partnerId: ggz });
    const outbox = await admin.call<{ items: { to: string; text: string }[] }>('GET', '/api/admin/outbox');
    const token = /\/invitations\/(\S+)/.exec(outbox.body.items.find((m) => m.to === REP.email)!.text)![1]!;
    expect((await new ApiCaller(app).call('POST', `/api/invitations/${token}/accept`, { name: REP.name, password: REP.password })).status).toBe(200);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the coordinator every pair and the open answers, and turns one into a draft story', async () => {
    const coordinator = await newTrackedContext(browser, app.url);
    const page = await coordinator.context.newPage();
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto(`/networks/${networkId}/rounds/${roundId}`);
    await expectHeading(page, ROUND);
    await page.getByRole('link', { name: 'Resultaten bekijken' }).click();
    await expectHeading(page, `Resultaten: ${ROUND}`);

    await page.getByRole('heading', { name: 'Kerncijfers' }).waitFor();
    await page.getByText('19 van 20 uitgenodigden').waitFor();
    await page.getByRole('table', { name: 'Score per aspect' }).waitFor();
    const heatmap = page.getByRole('table', { name: /^Vertrouwen van de partner in de rij/ });
    await heatmap.waitFor();
    // Jeugdhulp Noord → Gemeente Noorderveen rests on two respondents; the coordinator sees it anyway.
    const jeugdhulpRow = heatmap.getByRole('row', { name: /^Jeugdhulp Noord/ });
    expect(await jeugdhulpRow.getByText('33').count()).toBeGreaterThan(0);
    expect(await heatmap.getByText('niet zichtbaar', { exact: false }).count()).toBe(0);
    await page.getByRole('heading', { name: 'Ongelijk vertrouwen' }).waitFor();
    await page.getByText(/Veilig Thuis Regio Noord vertrouwt Samenwerkingsverband Passend Onderwijs Noord/).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('heading', { name: 'Open antwoorden' }).waitFor();
    const answer = page.getByRole('listitem').filter({ hasText: 'Het overleg op vrijdagmiddag' });
    await answer.getByRole('button', { name: 'Maak concept-succesverhaal' }).click();
    await answer.getByText('Concept-succesverhaal gemaakt:').waitFor();
    await expectNoAxeViolations(page);
    expect(coordinator.problems).toEqual([]);
    await coordinator.context.close();
  });

  it('shows every score as a whole number with its range, the response per partner, the quality of the measurement and how it is measured', async () => {
    const coordinator = await newTrackedContext(browser, app.url);
    const page = await coordinator.context.newPage();
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto(`/networks/${networkId}/rounds/${roundId}/results`);
    await expectHeading(page, `Resultaten: ${ROUND}`);
    // "62 (48–75)": a whole number and its 95 % interval, never decimals (DESIGN §5.9).
    const aspects = page.getByRole('table', { name: 'Score per aspect' });
    await aspects.waitFor();
    const cells = await aspects.getByRole('cell').allInnerTexts();
    expect(cells.some((text) => /^\d+ \(\d+–\d+\)/.test(text)), cells.join(' | ')).toBe(true);
    expect(cells.join(' ')).not.toMatch(/\d,\d/);
    expect(await aspects.getByText(/95%-interval \d+ tot \d+/).count()).toBeGreaterThan(0);
    const received = page.getByRole('table', { name: 'Ontvangen vertrouwen en waarde per partner' });
    expect((await received.getByRole('cell').allInnerTexts()).some((text) => /^\d+ \(\d+–\d+\)/.test(text))).toBe(true);

    const response = page.getByRole('table', { name: 'Respons per partner' });
    await response.waitFor();
    expect(await response.getByRole('row', { name: /^GGZ Noord/ }).count()).toBe(1);
    await page.getByRole('heading', { name: 'Kwaliteit van de meting' }).waitFor();
    const quality = page.getByRole('table', { name: 'Betrouwbaarheid per maat' });
    await quality.waitFor();
    expect(await quality.getByRole('row', { name: /^Vertrouwen \(Cronbachs alfa\)/ }).count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Hoe we meten: vragen, formules en beperkingen' }).first().click();
    await expectHeading(page, 'How Ketenregie measures collaboration');
    await expectNoAxeViolations(page);
    expect(coordinator.problems).toEqual([]);
    await coordinator.context.close();
  });

  it('shows a representative the pairs of their own partner and hides the pairs of others', async () => {
    const representative = await newTrackedContext(browser, app.url);
    const page = await representative.context.newPage();
    await page.goto('/login');
    await submitSignIn(page, REP);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto(`/networks/${networkId}/rounds/${roundId}/results`);
    await expectHeading(page, `Resultaten: ${ROUND}`);
    const heatmap = page.getByRole('table', { name: /^Vertrouwen van de partner in de rij/ });
    await heatmap.waitFor();
    // GGZ Noord → Stichting Ster: (22 / 6 − 1) / 4 × 100 = 66.7, shown as 67.
    expect(await heatmap.getByRole('row', { name: /^GGZ Noord/ }).getByText('67').count()).toBeGreaterThan(0);
    // Jeugdhulp Noord → Gemeente Noorderveen (two respondents) is not theirs to see.
    const jeugdhulpRow = heatmap.getByRole('row', { name: /^Jeugdhulp Noord/ });
    expect(await jeugdhulpRow.getByText('33').count()).toBe(0);
    expect(await jeugdhulpRow.getByText('niet zichtbaar', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: 'Open antwoorden' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    expect(representative.problems).toEqual([]);
    await representative.context.close();
  });
});
