// User story: a coordinator proposes small steps and takes one on, finds it among "my steps", sets
// out a shared goal with a measurement; a representative asks another partner for help, the other
// declines-then-accepts, the requester confirms it was done, reciprocity shows it, and both
// partners accept the goal so it becomes shared.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, type RunningApp, submitSignIn } from './harness.ts';

const NETWORK = 'Crisisroute Jeugd Regio West';
const ADMIN = { name: 'Marloes de Vries', email: 'marloes@gemeente-west.nl', password: 'crisisroute-west-2026' };
const GGZ_REP = { name: 'Ahmed El Amrani', email: 'ahmed@ggz-west.nl', password: 'ggz-west-wachtwoord' };
const WIJK_REP = { name: 'Sanne Bakker', email: 'sanne@wijkteam-west.nl', password: 'wijkteam-west-wachtwoord' };
const NAV = 'Onderdelen van het samenwerkingsverband';

describeStory('steps, requests and a shared goal', () => {
  let app: RunningApp;
  let browser: Browser;
  let networkId: string;

  beforeAll(async () => {
    app = await startApp();
    const admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    networkId = (await admin.call('POST', '/api/networks', { name: NETWORK })).body.id;
    for (const [person, partner] of [
      [GGZ_REP, { name: 'GGZ West', sector: 'ggz' }],
      [WIJK_REP, { name: 'Wijkteam West', sector: 'wijkteam' }],
    ] as const) {
      const partnerId = (await admin.call('POST', `/api/networks/${networkId}/partners`, partner)).body.id;
      await admin.call('POST', `/api/networks/${networkId}/invitations`, { email: person.email, role: 'representative', partnerId });
      const outbox = await admin.call<{ items: { to: string; text: string }[] }>('GET', '/api/admin/outbox');
      const token = /\/invitations\/(\S+)/.exec(outbox.body.items.find((m) => m.to === person.email)!.text)![1];
      expect((await new ApiCaller(app).call('POST', `/api/invitations/${token}/accept`, { name: person.name, password: person.password })).status).toBe(200);
    }
    // A draft request that the results of a round brought up, for the coordinator to edit and publish.
    const db = app.server.runtime.deps.db;
    const adminId = (await db.selectFrom('users').select('id').where('email', '=', ADMIN.email).executeTakeFirstOrThrow()).id;
    const ggzId = (await db.selectFrom('partners').select('id').where('name', '=', 'GGZ West').executeTakeFirstOrThrow()).id;
    await db
      .insertInto('requests')
      .values({ id: crypto.randomUUID(), network_id: networkId, created_by: adminId, from_partner_id: ggzId, to_partner_id: null, title: 'Sneller terugbellen', draft: true })
      .execute();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function signedIn(person: { email: string; password: string }) {
    const tracked = await newTrackedContext(browser, app.url);
    const page = await tracked.context.newPage();
    await page.goto('/login');
    await submitSignIn(page, person);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto(`/networks/${networkId}`);
    await expectHeading(page, NETWORK);
    return { page, problems: tracked.problems, close: () => tracked.context.close() };
  }
  const openSection = async (page: Page, link: string, heading: string) => {
    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: link, exact: true }).click();
    await expectHeading(page, heading);
  };

  it('runs the steps board, my steps, a goal with progress, a request cycle and the goal becoming shared', async () => {
    const coordinator = await signedIn(ADMIN);
    let page = coordinator.page;

    // The steps board: propose one step for myself and one for anyone, then take the open one on.
    await openSection(page, 'Stappen', 'Kleine stappen');
    await page.getByRole('heading', { name: 'Open', level: 2 }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('textbox', { name: 'Wat gaat er gebeuren?' }).fill('Bereikbaarheidslijst delen met huisartsen');
    await page.getByLabel('Ik pak deze stap zelf op').check();
    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    await page.getByText('U heeft de stap ‘Bereikbaarheidslijst delen met huisartsen’ opgepakt.').waitFor();
    const claimedColumn = page.getByRole('region', { name: /^Opgepakt/ });
    await claimedColumn.getByRole('heading', { name: 'Bereikbaarheidslijst delen met huisartsen' }).waitFor();
    await page.getByRole('textbox', { name: 'Wat gaat er gebeuren?' }).fill('Gezinsgesprek na crisis uitproberen');
    await page.getByLabel('Klaar op').fill('2020-01-31');
    await page.getByRole('button', { name: 'Stap toevoegen' }).click();
    const openColumn = page.getByRole('region', { name: /^Open/ });
    await openColumn.getByText('Te laat: was klaar op 31 januari 2020').waitFor();
    await page.getByRole('button', { name: 'Ik pak de stap ‘Gezinsgesprek na crisis uitproberen’ op' }).click();
    await claimedColumn.getByRole('heading', { name: 'Gezinsgesprek na crisis uitproberen' }).waitFor();
    await page.getByRole('button', { name: 'Stap ‘Bereikbaarheidslijst delen met huisartsen’ is gedaan' }).click();
    await page.getByRole('region', { name: /^Gedaan/ }).getByRole('heading', { name: 'Bereikbaarheidslijst delen met huisartsen' }).waitFor();
    await expectNoAxeViolations(page);

    // My steps, across networks, from the header.
    await page.getByRole('link', { name: 'Mijn stappen', exact: true }).click();
    await expectHeading(page, 'Mijn stappen');
    await page.getByRole('region', { name: 'Waar ik mee bezig ben' }).getByRole('heading', { name: 'Gezinsgesprek na crisis uitproberen' }).waitFor();
    await page.getByRole('region', { name: 'Afgerond' }).getByRole('heading', { name: 'Bereikbaarheidslijst delen met huisartsen' }).waitFor();
    await expectNoAxeViolations(page);

    // A shared goal with a first measurement.
    await page.goto(`/networks/${networkId}`);
    await openSection(page, 'Doelen', 'Gezamenlijke doelen');
    await page.getByRole('textbox', { name: 'Naam van het doel' }).fill('Binnen 24 uur een passende plek');
    await page.getByRole('textbox', { name: 'Indicator' }).fill('Aandeel jongeren in crisis met binnen 24 uur een plek');
    await page.getByRole('textbox', { name: 'Eenheid' }).fill('%');
    await page.getByRole('textbox', { name: 'Nulmeting' }).fill('55');
    await page.getByRole('textbox', { name: 'Streefwaarde' }).fill('90');
    await page.getByLabel('Te halen op').fill('2027-12-31');
    await page.getByRole('textbox', { name: 'Afgesproken resultaat' }).fill('Negen van de tien jongeren in crisis hebben binnen 24 uur een passende plek.');
    await page.getByLabel('GGZ West').check();
    await page.getByLabel('Wijkteam West').check();
    await page.getByRole('button', { name: 'Doel stellen' }).click();
    const goal = page.getByRole('article', { name: 'Binnen 24 uur een passende plek' });
    await goal.getByText('Nog niet gedeeld').waitFor();
    await goal.getByLabel('Gemeten op').fill('2026-10-01');
    await goal.getByRole('textbox', { name: 'Waarde (%)' }).fill('63');
    await goal.getByRole('button', { name: 'Meting toevoegen' }).click();
    await goal.getByRole('table', { name: 'Metingen van ‘Binnen 24 uur een passende plek’' }).getByRole('cell', { name: '63 %' }).waitFor();
    await expectNoAxeViolations(page);
    await openSection(page, 'Verzoeken', 'Verzoeken en aanbod');
    const drafts = page.getByRole('region', { name: 'Concepten uit de reflectieronde' });
    await drafts.getByRole('button', { name: 'Concept ‘Sneller terugbellen’ bewerken' }).click();
    await drafts.getByRole('textbox', { name: 'Wat vraagt u?' }).fill('Binnen een uur terugbellen na een crisismelding');
    await drafts.getByRole('button', { name: /Het hele samenwerkingsverband/ }).click();
    await page.getByRole('option', { name: 'Wijkteam West' }).click();
    await expectNoAxeViolations(page);
    await drafts.getByRole('button', { name: 'Opslaan en publiceren' }).click();
    await drafts.getByText('Geen concepten.').waitFor();
    await page.getByRole('region', { name: 'Alle verzoeken' }).getByText('GGZ West vraagt Wijkteam West').waitFor();
    await expectNoAxeViolations(page);
    expect(coordinator.problems).toEqual([]);
    await coordinator.close();

    // The neighbourhood team asks the mental health service for help.
    const wijkteam = await signedIn(WIJK_REP);
    page = wijkteam.page;
    await openSection(page, 'Verzoeken', 'Verzoeken en aanbod');
    await page.getByRole('button', { name: /Kies een partner/ }).click();
    await page.getByRole('option', { name: 'GGZ West' }).click();
    await page.getByRole('textbox', { name: 'Wat vraagt u?' }).fill('Meekijken bij een crisisbeoordeling in het weekend');
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await page.getByText('Het verzoek ‘Meekijken bij een crisisbeoordeling in het weekend’ is verstuurd.').waitFor();
    await page.getByRole('region', { name: 'Door ons gevraagd' }).getByText('Wijkteam West vraagt GGZ West').waitFor();
    await page.getByRole('region', { name: 'Aan ons gevraagd' }).getByRole('heading', { name: 'Binnen een uur terugbellen na een crisismelding' }).waitFor();
    await expectNoAxeViolations(page);

    // The mental health service starts to decline, thinks better of it, and accepts; it accepts the goal too.
    const ggz = await signedIn(GGZ_REP);
    await openSection(ggz.page, 'Verzoeken', 'Verzoeken en aanbod');
    const incoming = ggz.page.getByRole('region', { name: 'Aan ons gevraagd' });
    await incoming.getByRole('button', { name: 'Verzoek ‘Meekijken bij een crisisbeoordeling in het weekend’ afwijzen' }).click();
    await incoming.getByRole('textbox', { name: 'Waarom wijst u dit af?' }).waitFor();
    await expectNoAxeViolations(ggz.page);
    await incoming.getByRole('button', { name: 'Annuleren' }).click();
    await incoming.getByRole('button', { name: 'Verzoek ‘Meekijken bij een crisisbeoordeling in het weekend’ aannemen' }).click();
    await incoming.getByText('Aangenomen').waitFor();
    await openSection(ggz.page, 'Doelen', 'Gezamenlijke doelen');
    await ggz.page.getByRole('button', { name: 'Namens onze organisatie instemmen met ‘Binnen 24 uur een passende plek’' }).click();
    await ggz.page.getByRole('cell', { name: 'Ingestemd door Ahmed El Amrani' }).waitFor();
    expect(ggz.problems).toEqual([]);
    await ggz.close();

    // The requester confirms it was done; reciprocity counts it; with the second acceptance the goal is shared.
    await page.reload();
    await expectHeading(page, 'Verzoeken en aanbod');
    await page.getByRole('button', { name: 'Bevestigen dat verzoek ‘Meekijken bij een crisisbeoordeling in het weekend’ is uitgevoerd' }).click();
    await page.getByRole('region', { name: 'Door ons gevraagd' }).getByText('Uitgevoerd').waitFor();
    const reciprocity = page.getByRole('table', { name: 'Gegeven, ontvangen en balans per partner' });
    await reciprocity.getByRole('row', { name: 'GGZ West 1 0 +1,00' }).waitFor();
    await reciprocity.getByRole('row', { name: /^Wijkteam West 0 1 [-−]1,00$/ }).waitFor();
    await expectNoAxeViolations(page);
    await openSection(page, 'Doelen', 'Gezamenlijke doelen');
    await page.getByRole('button', { name: 'Namens onze organisatie instemmen met ‘Binnen 24 uur een passende plek’' }).click();
    await page.getByText('Gedeeld: iedereen stemde in').waitFor();
    await expectNoAxeViolations(page);
    expect(wijkteam.problems).toEqual([]);
    await wijkteam.close();
  });
});
