// User story: a coordinator lays down the task division of a crisis route as a RACI matrix: the
// form refuses a task without exactly one accountable partner, the matrix shows the letters in
// words for screen readers, a task can be changed, and the page prints as a plain document.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, type RunningApp, submitSignIn } from './harness.ts';

const NETWORK = 'Crisisroute Jeugd Regio West';
const ADMIN = { name: 'Wendy de Wit', email: 'wendy@gemeente-west.nl', password: 'crisisroute-west-2026' };
const PARTNERS = [
  { name: 'GGZ West', sector: 'ggz' },
  { name: 'LVB Zorg West', sector: 'gehandicaptenzorg' },
  { name: 'Wijkteam Haven', sector: 'wijkteam' },
];
const NAV = 'Onderdelen van het samenwerkingsverband';

describeStory('the task division', () => {
  let app: RunningApp;
  let browser: Browser;
  let networkId: string;

  beforeAll(async () => {
    app = await startApp();
    const admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    networkId = (await admin.call('POST', '/api/networks', { name: NETWORK })).body.id;
    for (const partner of PARTNERS) expect((await admin.call('POST', `/api/networks/${networkId}/partners`, partner)).status).toBe(201);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('records tasks with exactly one accountable partner and shows them as a printable matrix', async () => {
    const coordinator = await newTrackedContext(browser, app.url);
    const page = await coordinator.context.newPage();
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto(`/networks/${networkId}`);
    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Taakverdeling' }).click();
    await expectHeading(page, 'Taakverdeling');
    await page.getByText('Er zijn nog geen taken. Leg hieronder de eerste taak vast.').waitFor();
    await expectNoAxeViolations(page);

    // Without an accountable partner the form says so and sends nothing.
    await page.getByRole('textbox', { name: 'Taak' }).fill('Crisisbeoordeling binnen vier uur');
    await page.getByRole('radio', { name: 'Uitvoerend: GGZ West' }).check({ force: true });
    await page.getByRole('button', { name: 'Taak toevoegen' }).click();
    await page.getByText('Kies precies één eindverantwoordelijke partner (A).').waitFor();
    await expectNoAxeViolations(page);

    // Two accountable partners: still refused.
    await page.getByRole('radio', { name: 'Eindverantwoordelijk: GGZ West' }).check({ force: true });
    await page.getByRole('radio', { name: 'Eindverantwoordelijk: LVB Zorg West' }).check({ force: true });
    await page.getByRole('button', { name: 'Taak toevoegen' }).click();
    await page.getByText('Er zijn nu 2 partners eindverantwoordelijk; kies er precies één.').waitFor();

    // One accountable partner, one consulted, one informed.
    await page.getByRole('radio', { name: 'Geraadpleegd: LVB Zorg West' }).check({ force: true });
    await page.getByRole('radio', { name: 'Geïnformeerd: Wijkteam Haven' }).check({ force: true });
    await page.getByRole('button', { name: 'Taak toevoegen' }).click();
    await page.getByText('Taak "Crisisbeoordeling binnen vier uur" is toegevoegd.').waitFor();

    const matrix = page.getByRole('table', { name: /Taakverdeling: taken in de rijen/ });
    const row = matrix.getByRole('row', { name: /Crisisbeoordeling binnen vier uur/ });
    await row.getByText('Eindverantwoordelijk').waitFor({ state: 'attached' });
    const letters = async (name: RegExp) => (await matrix.getByRole('row', { name }).getByRole('cell').allInnerTexts()).map((text) => text.split('\n')[0]);
    expect((await letters(/Crisisbeoordeling/)).slice(0, 3).sort()).toEqual(['A', 'C', 'I']);
    await expectNoAxeViolations(page);

    // Change it: the LVB partner becomes accountable.
    await page.getByRole('button', { name: 'Taak Crisisbeoordeling binnen vier uur wijzigen' }).click();
    await expectHeading(page, 'Taakverdeling');
    await page.getByRole('heading', { name: 'Taak wijzigen: Crisisbeoordeling binnen vier uur' }).waitFor();
    await page.getByRole('radio', { name: 'Uitvoerend: GGZ West' }).check({ force: true });
    await page.getByRole('radio', { name: 'Eindverantwoordelijk: LVB Zorg West' }).check({ force: true });
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('heading', { name: 'Taak toevoegen' }).waitFor();
    const lvbColumn = (await matrix.getByRole('columnheader').allInnerTexts()).indexOf('LVB Zorg West');
    await expect.poll(async () => (await letters(/Crisisbeoordeling/))[lvbColumn - 1]).toBe('A');

    // Printed, the page is the matrix without the app around it.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: NAV }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Taak toevoegen' }).isVisible()).toBe(false);
    expect(await matrix.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // The stage checklist counts the task division as met.
    const api = new ApiCaller(app);
    await api.call('POST', '/api/auth/sign-in/email', { email: ADMIN.email, password: ADMIN.password });
    const stage = await api.call('GET', `/api/networks/${networkId}/stage`);
    const criterion = stage.body.stages.flatMap((s: { criteria: { key: string; met: boolean }[] }) => s.criteria).find((c: { key: string }) => c.key === 'tasks.oneAccountable');
    expect(criterion.met).toBe(true);
    expect(coordinator.problems).toEqual([]);
  });
});
