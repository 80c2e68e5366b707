// User story: a coordinator drafts the ground rules from the template with the four core questions,
// answers them in a new version and compares the two versions word by word; a representative
// objects with a reason, meets a newer version saved in the meantime (409) and keeps their own
// text on top of it; once every party consents, the ground rules are in force. The coordinator
// ends an agreement, and renames another one and narrows its parties.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, type RunningApp, submitSignIn } from './harness.ts';

const NETWORK = 'Crisisroute Jeugd Regio Oost';
const ADMIN = { name: 'Ilse Jansen', email: 'ilse@gemeente-oost.nl', password: 'crisisroute-oost-2026' };
const GGZ = { name: 'Gijs Bakker', email: 'gijs@ggz-oost.nl', password: 'ggz-oost-wachtwoord-2026' };
const LVB = { name: 'Lotte de Vries', email: 'lotte@lvb-oost.nl', password: 'lvb-oost-wachtwoord-2026' };
const NAV = 'Onderdelen van het samenwerkingsverband';

describeStory('agreements', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: ApiCaller;
  let networkId: string;
  let agreementUrl: string;

  async function join(person: { name: string; email: string; password: string }, partnerId: string) {
    await admin.call('POST', `/api/networks/${networkId}/invitations`, { email: person.email, role: 'representative', partnerId });
    const outbox = await admin.call<{ items: { to: string; text: string }[] }>('GET', '/api/admin/outbox');
    const token = /\/invitations\/(\S+)/.exec(outbox.body.items.find((m) => m.to === person.email)!.text)![1];
    expect((await new ApiCaller(app).call('POST', `/api/invitations/${token}/accept`, { name: person.name, password: person.password })).status).toBe(200);
  }

  async function signedIn(person: { email: string; password: string }) {
    const tracked = await newTrackedContext(browser, app.url);
    const page = await tracked.context.newPage();
    await page.goto('/login');
    await submitSignIn(page, person);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    return { page, problems: tracked.problems };
  }

  async function asApi(person: { email: string; password: string }) {
    const caller = new ApiCaller(app);
    await caller.call('POST', '/api/auth/sign-in/email', { email: person.email, password: person.password });
    return caller;
  }

  const answerSection = (body: string, next: string, answer: string) => body.replace(next, `${answer}\n\n${next}`);

  beforeAll(async () => {
    app = await startApp();
    admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    await admin.call('POST', '/api/auth/sign-in/email', { email: ADMIN.email, password: ADMIN.password });
    networkId = (await admin.call('POST', '/api/networks', { name: NETWORK })).body.id;
    const ggz = (await admin.call('POST', `/api/networks/${networkId}/partners`, { name: 'GGZ Oost', sector: 'ggz' })).body.id;
    const lvb = (await admin.call('POST', `/api/networks/${networkId}/partners`, { name: 'LVB Zorg Oost', sector: 'gehandicaptenzorg' })).body.id;
    await join(GGZ, ggz);
    await join(LVB, lvb);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('drafts ground rules from the template, answers the core questions in version 2, compares and proposes it', async () => {
    const { page, problems } = await signedIn(ADMIN);
    await page.goto(`/networks/${networkId}`);
    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Afspraken' }).click();
    await expectHeading(page, 'Afspraken');
    await page.getByText('Er zijn (nog) geen afspraken die hieraan voldoen.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: /Kies een soort/ }).click();
    await page.getByRole('option', { name: 'Omgangsregels' }).click();
    const body = page.getByRole('textbox', { name: 'Tekst', exact: true });
    await expect.poll(() => body.inputValue()).toContain('## 1. Wie doet wat');
    expect(await page.getByRole('textbox', { name: 'Titel' }).inputValue()).toBe('Omgangsregels');
    await page.getByLabel('Evaluatiedatum').fill('2099-03-01');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await expectHeading(page, 'Omgangsregels');
    agreementUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: 'Tekst, versie 1 (laatste versie)' }).waitFor();
    await page.getByRole('heading', { name: '1. Wie doet wat' }).waitFor();
    await expectNoAxeViolations(page);

    // Version 2 answers the questions.
    await page.getByRole('button', { name: 'Nieuwe versie schrijven' }).click();
    const editor = page.getByRole('textbox', { name: 'Tekst', exact: true });
    let text = await editor.inputValue();
    text = answerSection(text, '## 2.', 'GGZ Oost beoordeelt elke crisis binnen vier uur; LVB Zorg Oost sluit aan bij een vermoeden van LVB.');
    text = answerSection(text, '## 3.', 'We delen alleen wat nodig is voor de beoordeling, met toestemming van de jongere of het gezin.');
    text = answerSection(text, '## 4.', 'Een wachtlijst van meer dan vier weken melden we binnen een week aan de ketenregisseur.');
    text += '\nElk halfjaar een reflectieronde; de omgangsregels evalueren we jaarlijks in maart.\n';
    await editor.fill(text);
    // The preview renders the text as it will read while it is written: headings, no "#".
    const preview = page.getByRole('region', { name: 'Voorbeeld: zo ziet de tekst eruit' });
    await preview.getByText('GGZ Oost beoordeelt elke crisis binnen vier uur', { exact: false }).waitFor();
    await preview.getByRole('heading', { name: '1. Wie doet wat' }).waitFor();
    expect(await preview.innerText()).not.toContain('##');
    await page.getByRole('textbox', { name: 'Wat is er veranderd en waarom?' }).fill('De vier kernvragen beantwoord');
    await page.getByRole('button', { name: 'Versie opslaan' }).click();
    await page.getByText('Versie 2 is opgeslagen.').waitFor();

    // The diff between version 1 and 2: added words marked, in words for screen readers too.
    const diff = page.getByRole('region', { name: 'Verschillen tussen versies' }).or(page.locator('section[aria-labelledby="agreement-diff-heading"]'));
    await diff.locator('ins', { hasText: 'binnen vier uur' }).first().waitFor();
    expect(await diff.locator('ins').first().innerText()).toContain('[toegevoegd:');
    expect(await diff.locator('del').count()).toBe(0);
    // Rendered, not raw: no Markdown characters, headings as headings.
    expect(await diff.locator('.diff-text').innerText()).not.toMatch(/(^|\n)#|(^|\n)- /);
    await diff.locator('.diff-heading', { hasText: '1. Wie doet wat' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Versie 2 voorleggen' }).click();
    await page.getByText('Versie 2 ligt ter instemming voor.').waitFor();
    await page.getByRole('table', { name: /Het besluit van elke partij/ }).getByText('Nog geen besluit').first().waitFor();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  it('lets a representative object with a reason, shows it to everyone, and handles a version saved in the meantime', async () => {
    const { page, problems } = await signedIn(LVB);
    await page.goto(agreementUrl);
    await expectHeading(page, 'Omgangsregels');
    await page.getByRole('heading', { name: 'Uw besluit over versie 2' }).waitFor();
    await page.locator('label.radio', { hasText: 'Bezwaar maken' }).click();
    await page.getByRole('button', { name: 'Bezwaar vastleggen' }).click();
    await page.getByText('Een bezwaar heeft een reden nodig.').first().waitFor();
    await page.getByRole('textbox', { name: 'Reden van het bezwaar' }).fill('Vier uur is voor LVB-jongeren te kort om een vertrouwd gezicht mee te nemen.');
    await page.getByRole('button', { name: 'Bezwaar vastleggen' }).click();
    await page.getByText('Uw besluit is vastgelegd.').waitFor();
    await page.getByRole('heading', { name: '1 bezwaar tegen versie 2' }).waitFor();
    await expectNoAxeViolations(page);

    // The other representative sees the objection with its reason.
    const ggz = await signedIn(GGZ);
    await ggz.page.goto(agreementUrl);
    await ggz.page.getByText('Vier uur is voor LVB-jongeren te kort', { exact: false }).first().waitFor();

    // LVB starts a new version; meanwhile the coordinator saves version 3.
    await page.getByRole('button', { name: 'Nieuwe versie schrijven' }).click();
    const editor = page.getByRole('textbox', { name: 'Tekst', exact: true });
    await editor.fill((await editor.inputValue()).replace('binnen vier uur', 'binnen zes uur'));
    await page.getByRole('textbox', { name: 'Wat is er veranderd en waarom?' }).fill('Zes uur voor LVB');
    const coordinator = await asApi(ADMIN);
    const aid = agreementUrl.split('/').pop()!;
    const v2 = (await coordinator.call('GET', `/api/networks/${networkId}/agreements/${aid}/versions/2`)).body.body as string;
    expect((await coordinator.call('POST', `/api/networks/${networkId}/agreements/${aid}/versions`, { baseVersion: 2, body: `${v2}\nAanvulling van de regisseur.`, changeNote: 'Kleine aanvulling' })).status).toBe(201);
    await page.getByRole('button', { name: 'Versie opslaan' }).click();
    await page.getByRole('alert').getByText('Ilse Jansen heeft intussen versie 3 opgeslagen.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Mijn tekst opslaan als opvolger van versie 3' }).click();
    await page.getByText('Gebaseerd op versie 3.').waitFor();
    await page.getByRole('button', { name: 'Versie opslaan' }).click();
    await page.getByText('Versie 4 is opgeslagen.').waitFor();
    expect(problems).toEqual([]);
    expect(ggz.problems).toEqual([]);
  });

  it('brings version 4 into force when every party consents', async () => {
    const aid = agreementUrl.split('/').pop()!;
    const coordinator = await asApi(ADMIN);
    expect((await coordinator.call('POST', `/api/networks/${networkId}/agreements/${aid}/propose`, { version: 4 })).status).toBe(200);
    expect((await (await asApi(GGZ)).call('POST', `/api/networks/${networkId}/agreements/${aid}/ratifications`, { version: 4, decision: 'consent' })).status).toBe(200);

    const { page, problems } = await signedIn(LVB);
    await page.goto(agreementUrl);
    await page.getByRole('heading', { name: 'Uw besluit over versie 4' }).waitFor();
    await page.getByRole('button', { name: 'Instemming vastleggen' }).click();
    await page.getByText('Alle partijen hebben ingestemd: de afspraak is nu van kracht.').waitFor();
    await page.getByRole('heading', { name: 'Tekst, versie 4 (van kracht)' }).waitFor();
    await expectNoAxeViolations(page);

    await page.goto(`/networks/${networkId}/agreements?status=in_force`);
    await expectHeading(page, 'Afspraken');
    await page.getByRole('table', { name: /Afspraken van het samenwerkingsverband/ }).getByRole('link', { name: 'Omgangsregels' }).waitFor();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  it('lets the coordinator end an agreement after confirming, with the reason on record, and change another one’s title and parties', async () => {
    const coordinator = await asApi(ADMIN);
    const created = await coordinator.call('POST', `/api/networks/${networkId}/agreements`, { kind: 'reflection_rhythm', title: 'Maandelijkse casusreflectie', body: 'Elke eerste dinsdag van de maand bespreken we één casus.' });
    const { page, problems } = await signedIn(ADMIN);
    await page.goto(`/networks/${networkId}/agreements/${created.body.id}`);
    await expectHeading(page, 'Maandelijkse casusreflectie');
    // The coordinator's forms wait behind their buttons; only proposing is in view.
    expect(await page.getByRole('textbox', { name: 'Reden van beëindiging' }).count()).toBe(0);
    const openEnd = page.getByRole('button', { name: 'Beëindigen met een reden' });
    expect(await openEnd.getAttribute('aria-expanded')).toBe('false');
    await openEnd.click();
    expect(await openEnd.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('textbox', { name: 'Reden van beëindiging' }).fill('Opgenomen in de omgangsregels, onderdeel reflectie.');
    await page.getByRole('button', { name: 'Afspraak Maandelijkse casusreflectie beëindigen' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Maandelijkse casusreflectie beëindigen?' });
    await dialog.getByText('Reden: Opgenomen in de omgangsregels').waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Ja, beëindigen' }).click();
    await page.getByText('Opgenomen in de omgangsregels, onderdeel reflectie.').first().waitFor();
    await page.locator('.agreement-facts').getByText('Beëindigd', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Nieuwe versie schrijven' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    // The coordinator renames another agreement and narrows its parties to a chosen set.
    const sharing = await admin.call('POST', `/api/networks/${networkId}/agreements`, { kind: 'information_sharing', title: 'Gegevens delen', body: 'Wat we delen en met wie.' });
    expect(sharing.status).toBe(201);
    await page.goto(`/networks/${networkId}/agreements/${sharing.body.id}`);
    await expectHeading(page, 'Gegevens delen');
    await page.getByRole('definition').filter({ hasText: 'Alle partners' }).waitFor();
    await page.getByRole('button', { name: 'Titel en partijen wijzigen' }).click();
    await page.getByRole('textbox', { name: 'Titel' }).fill('Gegevens delen bij crisis');
    await page.locator('label.radio', { hasText: 'Een keuze uit de partners' }).click();
    await page.getByRole('checkbox', { name: 'LVB Zorg Oost' }).uncheck();
    await page.getByRole('button', { name: 'Titel en partijen opslaan' }).click();
    await page.getByText('Titel en partijen zijn opgeslagen.').waitFor();
    await expectHeading(page, 'Gegevens delen bij crisis');
    await page.getByRole('definition').filter({ hasText: /^GGZ Oost$/ }).waitFor();
    await expectNoAxeViolations(page);
    const stored = await admin.call('GET', `/api/networks/${networkId}/agreements/${sharing.body.id}`);
    expect(stored.body).toMatchObject({ title: 'Gegevens delen bij crisis', allPartners: false, parties: [{ name: 'GGZ Oost' }] });
    expect(problems).toEqual([]);
  });
});

