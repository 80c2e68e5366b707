// User story: a coordinator fills a new network from a spreadsheet. A file with one bad row is
// refused as a whole with the reason beside the row; the corrected file imports everything, and
// the register comes out again as a FHIR directory.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, type RunningApp, submitSignIn } from './harness.ts';

const ADMIN = { name: 'Sanne Bos', email: 'sanne@gemeente-noord.nl', password: 'crisisroute-2026' };
const NETWORK = 'Crisisroute Jeugd Regio Noord';
const HEADER = 'naam;sector;kvk;website;vertegenwoordiger_email';
const GOOD_ROWS = ['GGZ Noord;GGZ;41987654;https://ggznoord.example;k.smit@ggznoord.example', 'Thuiszorg De Linde;VVT / thuiszorg;;;'];

const csv = (rows: string[]) => ({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`) });

describeStory('importing partners from a spreadsheet', () => {
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

  it('previews a file with an error, refuses to import it, and imports the corrected file', async () => {
    const { context, problems } = await newTrackedContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');

    await page.goto(`/networks/${networkId}/import`);
    await expectHeading(page, 'Partnerorganisaties importeren');
    await page.getByRole('link', { name: 'Download als Excel (XLSX)' }).waitFor();
    await page.getByRole('link', { name: 'Download als CSV' }).waitFor();
    await expectNoAxeViolations(page);

    // One row has a KvK number of four digits: the preview says so, and import stays disabled.
    const fileInput = page.getByLabel('Bestand met partnerorganisaties (CSV of XLSX)');
    await fileInput.setInputFiles(csv([...GOOD_ROWS, 'Welzijn Noord;Welzijn;1234;;']));
    const preview = page.getByRole('table', { name: 'Controle van partners.csv' });
    const badRow = preview.getByRole('row', { name: /Welzijn Noord/ });
    await badRow.getByText('KvK-nummer “1234” moet precies 8 cijfers hebben.').waitFor();
    await badRow.getByText('Fout').waitFor();
    expect(await preview.getByRole('row', { name: /GGZ Noord/ }).getByText('In orde').count()).toBe(1);
    await page.getByText('Niet alle rijen zijn in orde: 1 van de 3 rijen hebben een fout.').waitFor();
    const importButton = page.getByRole('button', { name: 'Importeren', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    await expectNoAxeViolations(page);
    expect((await admin.call('GET', `/api/networks/${networkId}`)).body.partnerCount).toBe(0);

    // The corrected file passes; importing creates every partner and invites the representative.
    await fileInput.setInputFiles(csv([...GOOD_ROWS, 'Welzijn Noord;Welzijn;40121212;;']));
    await page.getByText('Alle rijen zijn in orde.').waitFor();
    await preview.getByRole('row', { name: /Welzijn Noord/ }).getByText('In orde').waitFor();
    expect(await importButton.isEnabled()).toBe(true);
    await expectNoAxeViolations(page);
    await importButton.click();
    await page.getByText('Het importeren is gelukt: 3 partnerorganisaties aangemaakt en 1 vertegenwoordigers uitgenodigd.').waitFor();
    await expectNoAxeViolations(page);

    expect((await admin.call('GET', `/api/networks/${networkId}`)).body.partnerCount).toBe(3);
    const invitations = await admin.call<{ items: { email: string; role: string; partner: { name: string } }[] }>('GET', `/api/networks/${networkId}/invitations`);
    expect(invitations.body.items.map((i) => [i.email, i.role, i.partner.name])).toEqual([['k.smit@ggznoord.example', 'representative', 'GGZ Noord']]);

    // The link in the notice leads to the partners.
    await page.getByRole('link', { name: 'Bekijk de partnerorganisaties' }).click();
    await page.waitForURL(`**/networks/${networkId}/partners`);

    // The same page hands out the partner register as a FHIR directory for an addressing service.
    await page.goto(`/networks/${networkId}/import`);
    const fhirLink = page.getByRole('link', { name: 'Download als FHIR-adresboek (JSON)' });
    const [download] = await Promise.all([page.waitForEvent('download'), fhirLink.click()]);
    expect(download.suggestedFilename()).toBe('ketenregie-fhir-directory.json');
    const bundle = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { resourceType: string; entry: { resource: { resourceType: string; name?: string } }[] };
    expect(bundle.resourceType).toBe('Bundle');
    const organizations = bundle.entry.filter((e) => e.resource.resourceType === 'Organization').map((e) => e.resource.name);
    expect(organizations.sort()).toEqual(['Crisisroute Jeugd Regio Noord', 'GGZ Noord', 'Thuiszorg De Linde', 'Welzijn Noord']);
    await expectNoAxeViolations(page);

    expect(problems).toEqual([]);
    await context.close();
  });
});
