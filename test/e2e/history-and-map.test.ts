// User story: a coordinator records the shared history of the partners of a crisis route,
// confirms the overview for two partners (one of which shares no history with anyone), reads who
// already knows whom, and opens the network map with its table.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, type RunningApp, submitSignIn } from './harness.ts';

const NETWORK = 'Crisisroute Jeugd Regio Oost';
const ADMIN = { name: 'Hanneke Smit', email: 'hanneke@gemeente-oost.nl', password: 'crisisroute-oost-2026' };
const PARTNERS = [
  { name: 'GGZ Oost', sector: 'ggz' },
  { name: 'Wijkteam Centrum', sector: 'wijkteam' },
  { name: 'Gemeente Oosterstad', sector: 'gemeente' },
  { name: 'Jeugdhulp Samen', sector: 'jeugdhulp' },
];
const NAV = 'Onderdelen van het samenwerkingsverband';

describeStory('shared history and the network map', () => {
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

  it('records history, confirms it per partner, shows who knows whom and draws the map with its table', async () => {
    const coordinator = await newTrackedContext(browser, app.url);
    const page = await coordinator.context.newPage();
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto(`/networks/${networkId}`);
    await expectHeading(page, NETWORK);

    // The history page starts empty.
    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Gezamenlijk verleden' }).click();
    await expectHeading(page, 'Gezamenlijk verleden');
    await page.getByText('Er is nog geen gezamenlijk verleden vastgelegd.').waitFor();
    await page.getByRole('table', { name: 'Wie kent wie' }).waitFor();
    await expectNoAxeViolations(page);

    // One partner is not enough: history is shared.
    await page.getByRole('textbox', { name: 'Wat deden jullie samen?' }).fill('Pilot crisisbedden jeugd');
    await page.getByRole('button', { name: /^Kies twee of meer partners/ }).click();
    await page.getByRole('option', { name: 'GGZ Oost' }).click();
    await page.keyboard.press('Escape');
    await page.locator('label.radio', { hasText: 'Wisselend' }).click();
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByText('Kies minstens twee partnerorganisaties.').first().waitFor();
    await expectNoAxeViolations(page);

    // Two partners, a period and how it went.
    await page.getByRole('button', { name: 'GGZ Oost Betrokken partners' }).click();
    await page.getByRole('option', { name: 'Wijkteam Centrum' }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Begonnen op').fill('2022-01-10');
    await page.getByLabel('Geëindigd op').fill('2022-12-31');
    await page.getByRole('textbox', { name: 'Toelichting' }).fill('Goede opvang, maar de overdracht naar huis liep stroef.');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByText('‘Pilot crisisbedden jeugd’ is vastgelegd.').waitFor();
    const entry = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Pilot crisisbedden jeugd' }) });
    await entry.getByText('GGZ Oost, Wijkteam Centrum').waitFor();
    await entry.getByText('10 januari 2022 tot en met 31 december 2022').waitFor();
    await entry.getByText('Wisselend').waitFor();
    await expectNoAxeViolations(page);

    // Who knows whom: in words, in the cell of the pair.
    const matrix = page.getByRole('table', { name: 'Wie kent wie' });
    const ggzRow = matrix.getByRole('row', { name: /^GGZ Oost/ });
    await ggzRow.getByRole('cell', { name: '1× samengewerkt (1 wisselend)' }).waitFor();
    expect(await ggzRow.getByRole('cell', { name: 'nog niet' }).count()).toBe(2);
    const columns = await matrix.getByRole('columnheader').allTextContents();
    expect(columns).toEqual(['Gemeente Oosterstad', 'GGZ Oost', 'Jeugdhulp Samen', 'Wijkteam Centrum']);

    // The coordinator confirms the overview of GGZ Oost, and of Jeugdhulp Samen, which shares no history.
    const confirmations = page.getByRole('table', { name: 'Bevestiging per partner' });
    await confirmations.getByRole('row', { name: /GGZ Oost/ }).getByText('Nog niet bevestigd').waitFor();
    await page.getByRole('button', { name: 'Overzicht bevestigen voor GGZ Oost' }).click();
    await confirmations.getByRole('row', { name: /GGZ Oost/ }).getByText(`door ${ADMIN.name} op`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Overzicht bevestigen voor Jeugdhulp Samen' }).click();
    await confirmations.getByRole('row', { name: /Jeugdhulp Samen/ }).getByText('Bevestigd', { exact: true }).waitFor();
    await expectNoAxeViolations(page);

    // The map: a picture with a name and a description, and the same data in a table beside it.
    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Netwerkkaart' }).click();
    await expectHeading(page, 'Netwerkkaart');
    const picture = page.getByRole('img', { name: 'Netwerkkaart met 4 partnerorganisaties en 1 banden' });
    await picture.waitFor();
    await page.locator('[data-map-state="ready"]').waitFor();
    expect(await picture.getAttribute('aria-describedby')).toBe('map-description');
    await page.getByText('Losse delen van het netwerk: 3. Partners zonder band: 2.', { exact: false }).waitFor();
    const legend = page.getByRole('list', { name: 'Kleur per sector' });
    expect(await legend.getByRole('listitem').allTextContents()).toEqual(['Gemeente', 'GGZ', 'Wijkteam', 'Jeugdhulp']);
    const table = page.getByRole('table', { name: 'Partners op de kaart' });
    expect(await table.getByRole('row', { name: /^GGZ Oost/ }).getByRole('cell').allTextContents()).toEqual(['GGZ', '1', '0', 'Wijkteam Centrum']);
    expect(await table.getByRole('row', { name: /^Jeugdhulp Samen/ }).getByRole('cell').allTextContents()).toEqual(['Jeugdhulp', '0', '0', 'geen']);
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toContain('Dichtheid');
    expect(facts).toContain('nog niet bekend');
    // The canvases take no keyboard focus: tabbing moves past the picture.
    expect(await page.locator('.map-canvas canvas').evaluateAll((canvases) => canvases.length > 0 && canvases.every((c) => (c as HTMLElement).tabIndex < 0))).toBe(true);
    await expectNoAxeViolations(page);

    // Going back leaves the map without complaints (sigma is stopped with the page).
    await page.goBack();
    await expectHeading(page, 'Gezamenlijk verleden');
    expect(coordinator.problems).toEqual([]);
    await coordinator.context.close();
  });

  it('shows the table with a clear note where the browser cannot draw with WebGL', async () => {
    const visitor = await newTrackedContext(browser, app.url);
    await visitor.context.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/.test(type) ? null : getContext.call(this, type as '2d', ...(rest as []));
      } as typeof getContext;
    });
    const page = await visitor.context.newPage();
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto(`/networks/${networkId}/map`);
    await expectHeading(page, 'Netwerkkaart');
    await page.getByText('Deze browser kan de kaart niet tekenen (WebGL ontbreekt). De tabel bevat dezelfde gegevens.').waitFor();
    expect(await page.locator('.map-canvas').count()).toBe(0);
    await page.getByRole('table', { name: 'Partners op de kaart' }).getByRole('row', { name: /^GGZ Oost/ }).waitFor();
    await expectNoAxeViolations(page);
    expect(visitor.problems).toEqual([]);
    await visitor.context.close();
  });
});
