// User story: the coordinator of a crisis route sets up what is needed and who is available,
// sees in the week view where the schedule falls short, corrects a slot in the editor, and a
// neighbourhood-team professional opens "who can I call now?" on a phone.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, type RunningApp, submitSignIn } from './harness.ts';

const NETWORK = 'Crisisroute Jeugd Regio West';
const ADMIN = { name: 'Ria Verbeek', email: 'ria@gemeente-west.nl', password: 'crisisroute-west-2026' };
const NAV = 'Onderdelen van het samenwerkingsverband';
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

describeStory('availability of the crisis route', () => {
  let app: RunningApp;
  let browser: Browser;
  let networkId: string;

  beforeAll(async () => {
    app = await startApp();
    const admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    networkId = (await admin.call('POST', '/api/networks', { name: NETWORK })).body.id;
    const base = `/api/networks/${networkId}`;
    const partner = async (name: string, sector: string) => (await admin.call('POST', `${base}/partners`, { name, sector })).body.id as string;
    const ggz = await partner('GGZ West', 'ggz');
    const lvb = await partner('LVB Zorg West', 'gehandicaptenzorg');
    const capability = async (name: string, escalation: string, requirement: unknown) => {
      const res = await admin.call('POST', `${base}/capabilities`, { name, escalation });
      expect(res.status).toBe(201);
      expect((await admin.call('PUT', `${base}/requirements/${res.body.id}`, requirement)).status).toBe(200);
      return res.body.id as string;
    };
    const assessment = await capability('GGZ-crisisbeoordeling', 'Regionale crisisdienst, 0800 1230', { windows: null, minPartners: 1 });
    const expertise = await capability('LVB-expertise', 'Bereikbaarheidsdienst LVB, 0800 4560', { windows: null, minPartners: 2 });
    await capability('Opvangbed', 'Regiodesk opvang, 0800 7890', { windows: null, minPartners: 1 });
    // GGZ West assesses around the clock; LVB expertise rests on LVB Zorg West alone (a gap against the two needed).
    for (const weekday of EVERY_DAY) {
      const slot = { weekday, start: '00:00', end: '00:00' };
      expect((await admin.call('POST', `${base}/availability-slots`, { ...slot, capabilityId: assessment, partnerId: ggz, contact: 'Crisisdienst GGZ West, 020 555 0101' })).status).toBe(201);
      expect((await admin.call('POST', `${base}/availability-slots`, { ...slot, capabilityId: expertise, partnerId: lvb, contact: 'LVB-consult West, 020 555 0202' })).status).toBe(201);
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the gap in the week view, edits a slot, and tells a phone user whom to call now', async () => {
    const { context, problems } = await newTrackedContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto(`/networks/${networkId}`);
    await expectHeading(page, NETWORK);

    // The week view of GGZ assessment: covered around the clock by one partner.
    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Beschikbaarheid' }).click();
    await expectHeading(page, 'Beschikbaarheid');
    await page.getByText('minimaal 1 partner, dag en nacht').waitFor();
    const grid = page.getByRole('table', { name: /GGZ-crisisbeoordeling, Week/ });
    await grid.waitFor();
    expect(await grid.getByRole('cell', { name: /Tekort/ }).count()).toBe(0);
    expect(await grid.getByRole('cell', { name: '1/1 Eén partner (kwetsbaar)' }).count()).toBeGreaterThanOrEqual(23 * 7);
    await expectNoAxeViolations(page);

    // LVB expertise needs two partners and has one: a shortage in every hour, in text and in the findings.
    await page.getByRole('button', { name: /Capaciteit$/ }).click();
    await page.getByRole('option', { name: 'LVB-expertise' }).click();
    await page.getByText('minimaal 2 partners, dag en nacht').waitFor();
    const lvbGrid = page.getByRole('table', { name: /LVB-expertise, Week/ });
    await lvbGrid.getByRole('cell', { name: '1/2 Tekort' }).first().waitFor();
    await page.getByText(/^0% van de vereiste tijd is gedekt/).waitFor();
    const findings = page.getByRole('table', { name: /Tekorten en momenten/ });
    await findings.getByRole('cell', { name: '1 van de 2 partners' }).first().waitFor();
    await findings.getByRole('cell', { name: 'LVB Zorg West' }).first().waitFor();
    await page.getByRole('button', { name: 'Volgende week' }).click();
    await page.getByRole('heading', { level: 2, name: /^Week \d+:/ }).waitFor();
    await expectNoAxeViolations(page);

    // The editor keeps the chosen capability; the coordinator moves Monday's slot to 08:00–20:00.
    await page.getByRole('link', { name: 'Rooster bewerken' }).click();
    await expectHeading(page, 'Beschikbaarheidsrooster bewerken');
    await page.getByRole('button', { name: 'LVB-expertise Capaciteit' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'LVB Zorg West, maandag 00:00–00:00 wijzigen' }).click();
    await page.getByRole('heading', { name: 'Tijd van LVB Zorg West wijzigen' }).waitFor();
    await page.getByLabel('Van', { exact: true }).fill('08:00');
    await page.getByLabel('Tot', { exact: true }).fill('20:00');
    await page.getByRole('button', { name: 'Tijd opslaan' }).click();
    const slots = page.getByRole('table', { name: 'Bereikbaarheid per partner' });
    await slots.getByRole('row', { name: /maandag 08:00–20:00/ }).waitFor();
    await page.getByRole('heading', { name: 'Tijd toevoegen' }).waitFor();
    await expectNoAxeViolations(page);

    // A slot without a proper phone route is refused with the reason beside the field.
    const addForm = page.getByRole('region', { name: 'Tijd toevoegen' });
    await addForm.getByRole('button', { name: /Kies een dag/ }).click();
    await page.getByRole('option', { name: 'zondag' }).click();
    await addForm.getByRole('button', { name: /Kies een partner/ }).click();
    await page.getByRole('option', { name: 'GGZ West' }).click();
    await addForm.getByLabel('Van', { exact: true }).fill('22:00');
    await addForm.getByLabel('Tot', { exact: true }).fill('08:00');
    await addForm.getByRole('textbox', { name: /Bereikbaar via/ }).fill('Bel Jan even');
    await addForm.getByRole('button', { name: 'Tijd toevoegen' }).click();
    await page.getByText('Geef een telefoonnummer van de dienst of functie (8 tot 15 cijfers).').waitFor();
    await expectNoAxeViolations(page);

    // On a phone: the device remembers LVB expertise; the professional picks GGZ assessment and
    // sees GGZ West with a call link, then beds (nobody there), and that choice sticks after a reload.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/networks/${networkId}/call-now`);
    await expectHeading(page, 'Wie kan ik nu bellen?');
    await page.getByRole('radio', { name: 'LVB-expertise' }).waitFor();
    expect(await page.getByRole('radio', { name: 'LVB-expertise' }).isChecked()).toBe(true);
    await page.getByText('GGZ-crisisbeoordeling', { exact: true }).click();
    await page.getByRole('heading', { name: 'Nu bereikbaar voor GGZ-crisisbeoordeling' }).waitFor();
    const call = page.getByRole('link', { name: 'Bel GGZ West' });
    await call.waitFor();
    expect(await call.getAttribute('href')).toBe('tel:0205550101');
    await page.getByText('Crisisdienst GGZ West, 020 555 0101').waitFor();
    const box = await call.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48);
    expect(box!.width).toBeGreaterThan(300);
    // The call button is in the first screen of the phone, without scrolling.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    await expectNoAxeViolations(page);

    // Nobody for beds: the escalation route, callable.
    await page.getByText('Opvangbed', { exact: true }).click();
    await page.getByText('Op dit moment is niemand bereikbaar.').waitFor();
    await page.getByText('Escaleer naar: Regiodesk opvang, 0800 7890').waitFor();
    expect(await page.getByRole('link', { name: 'Bel de escalatielijn' }).getAttribute('href')).toBe('tel:08007890');
    await expectNoAxeViolations(page);
    await page.reload();
    await expectHeading(page, 'Wie kan ik nu bellen?');
    await page.getByRole('heading', { name: 'Nu bereikbaar voor Opvangbed' }).waitFor();

    expect(problems).toEqual([]);
    await context.close();
  });
});
