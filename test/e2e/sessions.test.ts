// User story: a coordinator runs a steering-group session from agenda to decisions. They schedule
// it, take over the agenda generated from the signals, add and reorder a point, note what was said,
// write the minutes, record who came, record a decision, see it flagged "changes nothing tomorrow" until they take
// on a dated step for it themselves, publish, and find the decisions in the overview and on the home.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, type RunningApp, submitSignIn } from './harness.ts';

const NETWORK = 'Crisisroute Jeugd Regio West';
const ADMIN = { name: 'Marieke de Vries', email: 'marieke@gemeente-west.nl', password: 'crisisroute-west-2026' };
const NAV = 'Onderdelen van het samenwerkingsverband';

describeStory('running a session from agenda to decisions', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: ApiCaller;
  let networkId: string;

  beforeAll(async () => {
    app = await startApp();
    admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    networkId = (await admin.call('POST', '/api/networks', { name: NETWORK })).body.id;
    for (const partner of [
      { name: 'GGZ West', sector: 'ggz' },
      { name: 'Wijkteam Havenkwartier', sector: 'wijkteam' },
    ]) {
      expect((await admin.call('POST', `/api/networks/${networkId}/partners`, partner)).status).toBe(201);
    }
    // A step that is late puts itself on the generated agenda.
    const late = await admin.call('POST', `/api/networks/${networkId}/steps`, { title: 'Overdrachtsformulier herzien', dueOn: '2025-01-10', claim: true });
    expect(late.status).toBe(201);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('schedules, takes over the agenda, records a decision with a consequence and publishes', async () => {
    const { context, problems } = await newTrackedContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto(`/networks/${networkId}`);
    await expectHeading(page, NETWORK);

    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Overleggen' }).click();
    await expectHeading(page, 'Overleggen');
    await page.getByText('Er is nog geen overleg gepland.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('textbox', { name: 'Titel' }).fill('Stuurgroep december');
    await page.getByLabel('Datum').fill('2026-12-14');
    await page.getByRole('button', { name: 'Overleg plannen' }).click();
    await expectHeading(page, 'Stuurgroep december');
    await page.getByText('14 december 2026').waitFor();
    await expectNoAxeViolations(page);

    // The generated agenda, then a point of our own moved up and noted.
    await page.getByRole('button', { name: 'Gegenereerde agenda overnemen' }).click();
    await page.getByRole('status').filter({ hasText: 'overgenomen' }).waitFor();
    const agenda = page.getByRole('region', { name: 'Agenda' }).or(page.locator('section[aria-labelledby="agenda-heading"]')).first();
    await agenda.getByRole('heading', { name: /Overdrachtsformulier herzien/ }).waitFor();
    const generatedCount = await agenda.locator('ol.agenda-list > li').count();
    expect(generatedCount).toBeGreaterThan(0);
    await page.getByRole('textbox', { name: 'Agendapunt' }).fill('Rondvraag');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await agenda.getByRole('heading', { name: `${generatedCount + 1}. Rondvraag` }).waitFor();
    await page.getByRole('button', { name: 'Rondvraag een plek omhoog' }).click();
    await agenda.getByRole('heading', { name: `${generatedCount}. Rondvraag` }).waitFor();
    await page.getByRole('textbox', { name: 'Notities bij Rondvraag' }).fill('Geen **nieuwe** punten.');
    await page.getByRole('article', { name: /Rondvraag/ }).getByRole('button', { name: 'Notities opslaan' }).click();
    await page.getByText('Notities opgeslagen.').waitFor();
    await agenda.locator('strong', { hasText: 'nieuwe' }).waitFor();
    await expectNoAxeViolations(page);

    // Minutes in Markdown.
    await page.getByRole('textbox', { name: 'Verslag', exact: true }).fill('## Kern\n- Het regionale nummer komt er.');
    await page.getByRole('button', { name: 'Verslag opslaan' }).click();
    await page.getByText('Verslag opgeslagen.').waitFor();
    await page.getByRole('heading', { level: 4, name: 'Kern' }).waitFor();

    // The coordinator was at the session (recorded here through the API; test/e2e/meetings.test.ts
    // records attendance on the page): only someone who was there takes a step of its decisions on.
    const sessionPath = `/api${new URL(page.url()).pathname}`;
    const me = (await admin.call('GET', '/api/me')).body.user.id as string;
    expect((await admin.call('PUT', `${sessionPath}/attendance`, { partners: [], attendeeIds: [me] })).status).toBe(200);
    await page.reload();
    await expectHeading(page, 'Stuurgroep december');

    // A decision changes nothing tomorrow until someone takes on a dated step for it.
    await page.getByRole('textbox', { name: 'Besluit', exact: true }).fill('Eén crisisnummer voor de hele regio');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const decision = page.getByRole('article', { name: 'Eén crisisnummer voor de hele regio' });
    await decision.getByText('Verandert morgen niets', { exact: true }).waitFor();
    await page.getByText('1 besluit verandert morgen nog niets.').waitFor();
    await expectNoAxeViolations(page);

    await decision.getByRole('textbox', { name: 'Wat gaat er gebeuren?' }).fill('Belscript voor het crisisnummer opstellen');
    await decision.getByLabel('Klaar op').fill('2027-01-15');
    await decision.getByLabel('Ik pak deze stap zelf op').check();
    await decision.getByRole('button', { name: 'Stap toevoegen' }).click();
    await decision.getByText('Verandert morgen iets: er is een stap met een eigenaar en een datum.').waitFor();
    await expect(page.getByText('1 besluit verandert morgen nog niets.').count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    // Publish to the participants.
    await page.getByRole('button', { name: 'Versturen naar de deelnemers' }).click();
    await page.getByText('Verstuurd. De deelnemers hebben een melding en een e-mail gekregen.').waitFor();

    // The print view leaves out forms and buttons but keeps notes, minutes and decisions.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Versturen naar de deelnemers' }).isVisible()).toBe(false);
    expect(await page.getByRole('textbox', { name: 'Verslag', exact: true }).isVisible()).toBe(false);
    expect(await page.getByText('Verslag voor de stuurgroep – Crisisroute Jeugd Regio West').isVisible()).toBe(true);
    expect(await decision.getByRole('heading', { name: 'Belscript voor het crisisnummer opstellen' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // The overview of decisions, and a second decision without a step on the network's home.
    const session = (await admin.call('GET', `/api/networks/${networkId}/sessions`)).body.items[0];
    await admin.call('POST', `/api/networks/${networkId}/sessions/${session.id}/decisions`, { title: 'Evaluatie LVB-triage in maart' });
    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Besluiten' }).click();
    await expectHeading(page, 'Besluiten');
    const table = page.getByRole('table', { name: 'Besluiten, het nieuwste eerst' });
    await table.getByRole('row', { name: /Eén crisisnummer voor de hele regio.*Heeft een gevolg/ }).waitFor();
    await table.getByRole('row', { name: /Evaluatie LVB-triage in maart.*Verandert morgen niets/ }).waitFor();
    await expectNoAxeViolations(page);
    await page.locator('label.radio', { hasText: 'Verandert morgen niets' }).click();
    await table.getByRole('row', { name: /Eén crisisnummer/ }).waitFor({ state: 'detached' });
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Overzicht' }).click();
    await expectHeading(page, NETWORK);
    const home = page.getByRole('region', { name: /Besluiten die morgen niets veranderen/ });
    await home.waitFor();
    await expectNoAxeViolations(page);
    await home.getByRole('link', { name: 'Evaluatie LVB-triage in maart' }).click();
    await expectHeading(page, 'Stuurgroep december');
    // The decision was added through the API behind this page's back: the cached session may be younger than its stale time.
    await page.reload();
    await expectHeading(page, 'Stuurgroep december');
    await page.getByRole('article', { name: 'Evaluatie LVB-triage in maart' }).getByText('Verandert morgen niets', { exact: true }).waitFor();
    await expectNoAxeViolations(page);

    expect(problems).toEqual([]);
    await context.close();
  });
});
