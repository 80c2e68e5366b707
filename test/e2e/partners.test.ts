// User story: a coordinator adds the partner organisations of a crisis route and invites a
// representative for one of them, who writes its profile (and meets a colleague's save in the
// meantime), compares it with another partner's and sees whose needs its offer meets.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, type RunningApp, submitSignIn } from './harness.ts';

const NETWORK = 'Crisisroute Jeugd Regio West';
const ADMIN = { name: 'Karin de Wit', email: 'karin@gemeente-west.nl', password: 'crisisroute-west-2026' };
const REPRESENTATIVE = { name: 'Rob de Graaf', email: 'rob@ggz-west.nl', password: 'ggz-west-sterk-2026' };
const NAV = 'Onderdelen van het samenwerkingsverband';

describeStory('partners and profiles', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: ApiCaller;
  let networkId: string;

  beforeAll(async () => {
    app = await startApp();
    admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    networkId = (await admin.call('POST', '/api/networks', { name: NETWORK })).body.id;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function choose(page: Page, select: RegExp, option: string) {
    await page.getByRole('button', { name: select }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  async function expectCurrentNavLink(page: Page, name: string) {
    const link = page.getByRole('navigation', { name: NAV }).getByRole('link', { name, exact: true });
    await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
  }

  it('adds partners, invites a representative who writes the profile, and compares and matches profiles', async () => {
    const coordinator = await newTrackedContext(browser, app.url);
    const page = await coordinator.context.newPage();
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.getByRole('link', { name: NETWORK }).click();
    await expectHeading(page, NETWORK);
    await expectCurrentNavLink(page, 'Overzicht');
    const nav = page.getByRole('navigation', { name: NAV });
    // The links are grouped the way a collaboration grows; the coordinator also gets management.
    const group = (name: string) => nav.getByRole('list', { name }).getByRole('link').allTextContents();
    expect(await group('Kennismaken')).toEqual(['Partners', 'Mensen', 'Vergelijken', 'Wie helpt wie', 'Gezamenlijk verleden', 'Netwerkkaart']);
    expect(await group('Afspreken')).toEqual(['Afspraken', 'Taakverdeling', 'Beschikbaarheid', 'Wie nu bellen?']);
    expect(await group('Reflecteren')).toEqual(['Reflectierondes', 'Signalen', 'Agenda']);
    expect(await group('Samen verder')).toEqual(['Verschillen', 'Waardenkaart', 'Succesverhalen', 'Wenkend perspectief', 'Stappen', 'Verzoeken', 'Doelen', 'Overleggen', 'Besluiten']);
    expect(await group('Beheer')).toEqual(['Importeren', 'Logboek', 'Inloggen via organisatie']);
    expect((await nav.getByRole('link').allTextContents())[0]).toBe('Overzicht');

    // The partners page starts empty; the coordinator adds the first partner.
    await nav.getByRole('link', { name: 'Partners' }).click();
    await expectHeading(page, 'Partnerorganisaties');
    await expectCurrentNavLink(page, 'Partners');
    await page.getByText('Er zijn nog geen partnerorganisaties. Voeg hieronder de eerste toe.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('textbox', { name: 'Naam van de partnerorganisatie' }).fill('GGZ West');
    await page.getByRole('textbox', { name: 'KvK-nummer' }).fill('123');
    await page.keyboard.press('Tab');
    await page.getByText('Vul precies 8 cijfers in, of laat het veld leeg.').waitFor();
    await page.getByRole('button', { name: 'Partnerorganisatie toevoegen' }).click();
    await page.getByText('Kies een sector.').waitFor();
    await expectNoAxeViolations(page);
    await choose(page, /^Kies een sector/, 'GGZ');
    await page.getByRole('textbox', { name: 'KvK-nummer' }).fill('1234 5678');
    await page.getByRole('textbox', { name: 'Website' }).fill('https://www.ggz-west.example');
    await page.getByRole('button', { name: 'Partnerorganisatie toevoegen' }).click();
    await page.getByText('GGZ West is toegevoegd.').waitFor();
    const table = page.getByRole('table', { name: 'Alle partnerorganisaties' });
    const ggzRow = table.getByRole('row', { name: /GGZ West/ });
    await ggzRow.waitFor();
    expect(await ggzRow.getByRole('cell').allTextContents()).toEqual(['GGZ', 'nog niemand', 'Nee']);

    await page.getByRole('textbox', { name: 'Naam van de partnerorganisatie' }).fill('LVB Zorg West');
    await choose(page, /^Kies een sector/, 'Gehandicaptenzorg / LVB');
    await page.getByRole('button', { name: 'Partnerorganisatie toevoegen' }).click();
    await table.getByRole('row', { name: /LVB Zorg West/ }).waitFor();

    // A name already in use is refused beside the field.
    await page.getByRole('textbox', { name: 'Naam van de partnerorganisatie' }).fill('ggz west');
    await choose(page, /^Kies een sector/, 'Welzijn');
    await page.getByRole('button', { name: 'Partnerorganisatie toevoegen' }).click();
    await page.getByText('Er is al een partnerorganisatie met deze naam in dit samenwerkingsverband.').waitFor();
    await expectNoAxeViolations(page);

    // Invite a representative for GGZ West: the partner select appears for that role.
    await nav.getByRole('link', { name: 'Mensen', exact: true }).click();
    await expectHeading(page, 'Mensen en uitnodigingen');
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(REPRESENTATIVE.email);
    expect(await page.getByRole('button', { name: /^Kies een partnerorganisatie/ }).count()).toBe(0);
    await choose(page, /^Kies een rol/, 'Vertegenwoordiger');
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByText('Kies de partnerorganisatie waarvoor deze vertegenwoordiger spreekt.').waitFor();
    await page.getByRole('button', { name: /^Kies een partnerorganisatie/ }).click();
    expect(await page.getByRole('option').allTextContents()).toEqual(['GGZ West', 'LVB Zorg West']);
    await expectNoAxeViolations(page);
    await page.getByRole('option', { name: 'GGZ West' }).click();
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByText(`De uitnodiging is verstuurd naar ${REPRESENTATIVE.email}.`).waitFor();
    await expectNoAxeViolations(page);

    // The representative joins through the link and writes the first version of the profile.
    const outbox = await admin.call<{ items: { to: string; text: string }[] }>('GET', '/api/admin/outbox');
    const link = new RegExp(`${app.url}/invitations/\\S+`).exec(outbox.body.items.find((m) => m.to === REPRESENTATIVE.email)!.text)![0];
    const representative = await newTrackedContext(browser, app.url);
    const rep = await representative.context.newPage();
    await rep.goto(link);
    await rep.getByText('GGZ West').waitFor();
    await rep.getByRole('textbox', { name: 'Naam' }).fill(REPRESENTATIVE.name);
    await rep.getByLabel('Wachtwoord', { exact: true }).fill(REPRESENTATIVE.password);
    await rep.getByLabel('Herhaal het wachtwoord').fill(REPRESENTATIVE.password);
    await rep.getByRole('button', { name: 'Account aanmaken en uitnodiging aannemen' }).click();
    await expectHeading(rep, NETWORK);
    expect(await rep.getByRole('navigation', { name: NAV }).getByRole('link').allTextContents()).not.toContain('Logboek');
    await rep.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Partners' }).click();
    await expectHeading(rep, 'Partnerorganisaties');
    expect(await rep.getByRole('button', { name: 'Partnerorganisatie toevoegen' }).count()).toBe(0);
    await rep.getByRole('link', { name: 'GGZ West' }).click();
    await expectHeading(rep, 'GGZ West');
    await expectCurrentNavLink(rep, 'Partners');
    await rep.getByText('Niemand heeft dit profiel nog ingevuld.').waitFor();
    expect(await rep.getByRole('button', { name: 'Gegevens wijzigen' }).count()).toBe(0);
    await expectNoAxeViolations(rep);

    await rep.getByRole('button', { name: 'Profiel bewerken' }).click();
    await rep.getByRole('heading', { name: 'Profiel van GGZ West bewerken' }).waitFor();
    await rep.getByRole('textbox', { name: 'Wat drijft ons' }).fill('Jongeren in crisis snel de juiste zorg geven');
    await rep.getByRole('textbox', { name: 'Onze belangen' }).fill('Een betaalbare crisisdienst');
    await rep.getByRole('textbox', { name: 'Wat wij bieden' }).fill('Crisisbeoordeling binnen 24 uur\nPsychiatrische consultatie voor huisartsen');
    await rep.getByRole('textbox', { name: 'Wat wij nodig hebben' }).fill('Logeerplekken voor jongeren na een crisis');
    await rep.getByRole('textbox', { name: 'Wat is er veranderd?' }).fill('Eerste versie');
    await expectNoAxeViolations(rep);
    await rep.getByRole('button', { name: 'Profiel opslaan' }).click();
    await rep.getByText('Het profiel is opgeslagen als versie 1.').waitFor();
    await rep.getByText('Dit profiel is compleet voor de fase kennismaken.').waitFor();
    const offer = rep.getByRole('region', { name: 'Wat wij bieden' });
    expect(await offer.getByRole('listitem').allTextContents()).toEqual(['Crisisbeoordeling binnen 24 uur', 'Psychiatrische consultatie voor huisartsen']);
    await rep.getByText(/^Versie 1, opgeslagen door Rob de Graaf op /).waitFor();
    const history = rep.getByRole('region', { name: 'Eerdere versies' });
    await history.getByText('Versie 1').waitFor();
    await history.getByText('Toelichting: Eerste versie').waitFor();
    await expectNoAxeViolations(rep);

    // While the representative edits again, the coordinator saves a version: the save meets a 409.
    await rep.getByRole('button', { name: 'Profiel bewerken' }).click();
    await rep.getByRole('textbox', { name: 'Onze waarden' }).fill('Samen verantwoordelijk');
    const current = (await admin.call('GET', `/api/networks/${networkId}/partners`)).body.items.find((p: { name: string }) => p.name === 'GGZ West');
    const base = (await admin.call('GET', `/api/networks/${networkId}/partners/${current.id}/profile`)).body;
    const { partnerId: _p, version: _v, author: _a, savedAt: _s, complete: _c, missing: _m, ...text } = base;
    expect((await admin.call('PUT', `/api/networks/${networkId}/partners/${current.id}/profile`, { ...text, baseVersion: 1, competences: 'Acute psychiatrie' })).status).toBe(200);
    await rep.getByRole('button', { name: 'Profiel opslaan' }).click();
    await rep.getByText('Iemand anders heeft dit profiel intussen opgeslagen').waitFor();
    await rep.getByText(/Karin de Wit sloeg op .* versie 2 op/).waitFor();
    await rep.getByRole('region', { name: 'Versie 2 van Karin de Wit' }).getByText('Acute psychiatrie').waitFor();
    expect(await rep.getByRole('textbox', { name: 'Onze waarden' }).inputValue()).toBe('Samen verantwoordelijk');
    await expectNoAxeViolations(rep);
    await rep.getByRole('textbox', { name: 'Onze talenten' }).fill('Acute psychiatrie');
    await rep.getByRole('button', { name: 'Profiel opslaan' }).click();
    await rep.getByText('Het profiel is opgeslagen als versie 3.').waitFor();
    await rep.getByRole('region', { name: 'Onze waarden' }).getByText('Samen verantwoordelijk').waitFor();

    // What changed between versions: 2 → 3 by default, only the values; from version 1 also the talents.
    const changes = rep.getByRole('region', { name: 'Wat is er veranderd?' });
    await changes.getByRole('heading', { name: 'Onze waarden' }).waitFor();
    await changes.getByRole('insertion').filter({ hasText: 'Samen verantwoordelijk' }).waitFor();
    expect(await changes.getByRole('heading', { level: 4 }).allTextContents()).toEqual(['Onze waarden']);
    await changes.getByText(/^Niet veranderd: Wat drijft ons, /).waitFor();
    await expectNoAxeViolations(rep);
    await changes.getByRole('button', { name: /Van versie/ }).click();
    await rep.getByRole('option', { name: 'Versie 1' }).click();
    await changes.getByRole('heading', { name: 'Onze talenten' }).waitFor();
    expect(await changes.getByRole('heading', { level: 4 }).allTextContents()).toEqual(['Onze waarden', 'Onze talenten']);

    // LVB Zorg West needs what GGZ West offers.
    const lvb = (await admin.call('GET', `/api/networks/${networkId}/partners`)).body.items.find((p: { name: string }) => p.name === 'LVB Zorg West');
    const empty = { drivers: 'Jongeren met een LVB thuis laten wonen', interests: 'Passende bekostiging', values: '', workLogic: '', competences: '', constituency: '', constituencyRisks: '' };
    await admin.call('PUT', `/api/networks/${networkId}/partners/${lvb.id}/profile`, { ...empty, baseVersion: 0, offer: 'Logeerplekken voor jongeren met een LVB', need: 'Snelle crisisbeoordeling bij escalatie' });

    // Compare from the own profile: the own organisation is "us" (first), another partner "them".
    await rep.getByRole('link', { name: 'Vergelijk dit profiel met dat van een andere partner' }).click();
    await expectHeading(rep, 'Profielen naast elkaar');
    await expectCurrentNavLink(rep, 'Vergelijken');
    expect(await rep.getByRole('button', { name: /Wij$/ }).textContent()).toContain('GGZ West');
    expect(await rep.getByRole('button', { name: /Zij$/ }).textContent()).toContain('LVB Zorg West');
    expect(await rep.getByText('Kies twee verschillende partnerorganisaties.').count()).toBe(0);
    expect(new URL(rep.url()).searchParams.get('a')).toBe(current.id);
    const comparison = rep.getByRole('table', { name: 'GGZ West en LVB Zorg West naast elkaar' });
    await comparison.waitFor();
    expect(await comparison.getByRole('columnheader').allTextContents()).toEqual([
      'Onderdeel',
      'Wat is belangrijk voor ons (GGZ West)',
      'Wat is belangrijk voor hen (LVB Zorg West)',
    ]);
    const drivers = comparison.getByRole('row', { name: /^Drijfveren/ });
    expect(await drivers.getByRole('cell').allTextContents()).toEqual(['Jongeren in crisis snel de juiste zorg geven', 'Jongeren met een LVB thuis laten wonen']);
    // The own organisation heads the list of both selects.
    await rep.getByRole('button', { name: /Zij$/ }).click();
    expect((await rep.getByRole('option').allTextContents())[0]).toBe('GGZ West');
    await rep.keyboard.press('Escape');
    await expectNoAxeViolations(rep);
    // Readable on a phone: no sideways scrolling.
    await rep.setViewportSize({ width: 375, height: 800 });
    await expect.poll(() => rep.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(rep);
    await rep.setViewportSize({ width: 1280, height: 900 });

    // Who helps whom: GGZ West's crisis assessment meets LVB Zorg West's need, the shared word marked.
    await rep.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Wie helpt wie' }).click();
    await expectHeading(rep, 'Wie helpt wie');
    const ggzMatches = rep.getByRole('region', { name: 'GGZ West' });
    await ggzMatches.getByText('LVB Zorg West heeft nodig:').waitFor();
    expect(await ggzMatches.locator('mark').allTextContents()).toEqual(['crisisbeoordeling', 'Crisisbeoordeling']);
    const lvbMatches = rep.getByRole('region', { name: 'LVB Zorg West' });
    expect(await lvbMatches.locator('mark').allTextContents()).toEqual(['Logeerplekken', 'jongeren', 'Logeerplekken', 'jongeren']);
    await expectNoAxeViolations(rep);

    // The coordinator sees the finished profile in the partners table.
    // The representative saved in another browser; a reload shows it even if this tab's list is younger than its stale time.
    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Partners' }).click();
    await expectHeading(page, 'Partnerorganisaties');
    await page.reload();
    await expectHeading(page, 'Partnerorganisaties');
    await expect.poll(() => table.getByRole('row', { name: /GGZ West/ }).getByRole('cell').allTextContents()).toEqual(['GGZ', REPRESENTATIVE.name, 'Ja']);

    expect([...coordinator.problems, ...representative.problems]).toEqual([]);
    await coordinator.context.close();
    await representative.context.close();
  });
});
