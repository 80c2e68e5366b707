// User story: the administrator registers a partner organisation's identity provider, the
// coordinator links it to that partner with a group → role mapping and approval, and a new person
// of that organisation signs in through the provider's own login and consent pages (a real
// `oidc-provider` on loopback): they wait for approval, the coordinator admits them, and they find
// the network with the role the mapping gives. The secret is never shown back on the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startOpenIdProvider, TEST_CLIENT, type TestOpenIdProvider } from '../helpers/openid-provider.ts';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, submitSignIn, type RunningApp } from './harness.ts';

const NETWORK = 'Crisisroute Jeugd Noord';
const ADMIN = { name: 'Ria Regisseur', email: 'ria@ketenbureau.test', password: 'ketenbureau-noord-2026' };
const PARTNER = { name: 'Zorggroep Noord', sector: 'ggz' };
const PROVIDER = 'Zorggroep Noord (Entra ID)';
const NEWCOMER = { email: 'eva@zorggroep-noord.test', name: 'Eva de Boer', groups: ['medewerkers', 'ketenregie-vertegenwoordiger'] };
const NAV = 'Onderdelen van het samenwerkingsverband';

describeStory('single sign-on through a partner organisation', () => {
  let app: RunningApp;
  let op: TestOpenIdProvider;
  let browser: Browser;
  let networkId: string;
  let coordinator: Awaited<ReturnType<typeof newTrackedContext>>;
  let newcomer: Awaited<ReturnType<typeof newTrackedContext>>;
  /** The administrator, who coordinates the network as well. */
  let page: Page;
  let eva: Page;

  beforeAll(async () => {
    app = await startApp();
    op = await startOpenIdProvider({ redirectUri: `${app.url}/api/sso/callback`, ownPages: true });
    // The provider's login page takes any password; the login typed there is the subject.
    op.people.set(NEWCOMER.email, NEWCOMER);
    const admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    networkId = (await admin.call('POST', '/api/networks', { name: NETWORK })).body.id;
    expect((await admin.call('POST', `/api/networks/${networkId}/partners`, PARTNER)).status).toBe(201);
    browser = await launchBrowser();
    coordinator = await newTrackedContext(browser, app.url);
    page = await coordinator.context.newPage();
    newcomer = await newTrackedContext(browser, app.url);
    eva = await newcomer.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await op?.close();
    await app?.stop();
  });

  it('lets the administrator register the provider; the secret is never shown back', async () => {
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');

    // The administrator registers the provider with its secret and the domain it serves.
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Inloggen via organisatie (SSO)' }).click();
    await expectHeading(page, 'Inloggen via organisatie (SSO)');
    expect(await page.getByTestId('sso-redirect-uri').innerText()).toBe(`${app.url}/api/sso/callback`);
    await page.getByText('Er is nog geen inlogdienst geregistreerd.').waitFor();
    await expectNoAxeViolations(page);
    const form = page.getByRole('form', { name: 'Inlogdienst registreren' });
    await form.getByRole('textbox', { name: 'Naam' }).fill(PROVIDER);
    await form.getByRole('textbox', { name: 'Issuer-adres' }).fill(op.issuer);
    await form.getByRole('textbox', { name: 'Client-ID' }).fill(TEST_CLIENT.id);
    await form.getByLabel('Clientgeheim', { exact: true }).fill(TEST_CLIENT.secret);
    await form.getByRole('textbox', { name: 'E-maildomeinen' }).fill('zorggroep-noord.test');
    await form.getByRole('button', { name: 'Registreren' }).click();
    await page.getByText(`De inlogdienst ${PROVIDER} is opgeslagen.`).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: PROVIDER }) });
    await card.getByText('zorggroep-noord.test').waitFor();
    await card.getByText('Het clientgeheim is versleuteld opgeslagen en wordt nooit meer getoond.').waitFor();
    // The secret is nowhere on the page, not even in the emptied form or the form to change it.
    expect(await form.getByLabel('Clientgeheim', { exact: true }).inputValue()).toBe('');
    await page.getByRole('button', { name: `${PROVIDER} wijzigen` }).click();
    const edit = page.getByRole('form', { name: `${PROVIDER} wijzigen` });
    expect(await edit.getByLabel('Clientgeheim', { exact: true }).inputValue()).toBe('');
    expect(await edit.getByRole('textbox', { name: 'Issuer-adres' }).inputValue()).toBe(op.issuer);
    expect(await page.content()).not.toContain(TEST_CLIENT.secret);
    await expectNoAxeViolations(page);
    await edit.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('lets the coordinator link it to the partner with a group → role mapping and approval', async () => {
    // The coordinator links it to the partner: the group makes a representative, others members, approval required.
    await page.goto(`/networks/${networkId}`);
    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Inloggen via organisatie' }).click();
    await expectHeading(page, 'Inloggen via organisatie');
    await page.getByText('Niemand wacht op goedkeuring.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /Kies een inlogdienst/ }).click();

    await page.getByRole('option', { name: `${PROVIDER} (zorggroep-noord.test)` }).click();
    await page.getByRole('button', { name: /Kies een partner/ }).click();
    await page.getByRole('option', { name: PARTNER.name }).click();
    await page.getByRole('button', { name: 'Regel toevoegen' }).click();
    const rule = page.getByRole('group', { name: 'Regel 1' });
    expect(await rule.getByRole('textbox', { name: 'Claim' }).inputValue()).toBe('groups');
    await rule.getByRole('textbox', { name: 'Waarde' }).fill('ketenregie-vertegenwoordiger');
    expect(await page.getByRole('checkbox', { name: 'Goedkeuring vereist' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Koppelen', exact: true }).click();
    await page.getByText('De koppeling is opgeslagen.').waitFor();
    const link = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: PARTNER.name }) });
    await link.getByText('Claim groups bevat "ketenregie-vertegenwoordiger": Vertegenwoordiger').waitFor();
    await link.getByText('Goedkeuring vereist: nieuwe mensen wachten tot u ze toelaat').waitFor();
    await page.getByText('Alle geregistreerde inlogdiensten zijn al aan een partner gekoppeld.').waitFor();

  });

  it("signs a new person of the organisation in through the provider's own pages; she waits for approval", async () => {    await eva.goto('/login');
    await eva.getByRole('textbox', { name: 'E-mailadres' }).fill(NEWCOMER.email);
    await eva.getByRole('button', { name: 'Inloggen' }).click();
    await eva.waitForURL((url) => url.origin === op.issuer);
    expect(await eva.locator('input[name="login"]').inputValue()).toBe(NEWCOMER.email);
    await eva.locator('input[name="password"]').fill('wachtwoord-bij-de-organisatie');
    await eva.getByRole('button', { name: 'Sign-in' }).click();
    await eva.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(eva, 'Mijn samenwerkingsverbanden');
    expect(new URL(eva.url()).search).toBe('?sso=pending');
    await eva.getByText('De ketenregisseur moet uw aanmelding nog goedkeuren').waitFor();
    await eva.getByText('Ingelogd als Eva de Boer').waitFor();
    expect(await eva.getByRole('link', { name: NETWORK }).count()).toBe(0);
    await expectNoAxeViolations(eva);

  });

  it('lets the coordinator admit her; she finds the network with the mapped role', async () => {    await page.reload();
    await expectHeading(page, 'Inloggen via organisatie');
    const waiting = page.getByRole('table', { name: 'Aanmeldingen via een organisatie die op goedkeuring wachten' });
    await waiting.getByRole('rowheader', { name: /Eva de Boer/ }).waitFor();
    await waiting.getByText(NEWCOMER.email).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Eva de Boer toelaten' }).click();
    await page.getByText('De persoon is toegelaten en heeft nu de rol.').waitFor();
    await page.getByText('Niemand wacht op goedkeuring.').waitFor();

    // She finds the network, as the representative of the partner her group maps to.
    await eva.goto('/');
    await expectHeading(eva, 'Mijn samenwerkingsverbanden');
    await eva.getByText('Uw rol: Vertegenwoordiger').waitFor();
    await eva.getByRole('link', { name: NETWORK }).click();
    await expectHeading(eva, NETWORK);
    await expectNoAxeViolations(eva);
    // Nothing to manage for a representative: no single sign-on entry in her navigation.
    expect(await eva.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Inloggen via organisatie' }).count()).toBe(0);

  });

  it('lets the coordinator change the link', async () => {
    const link = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: PARTNER.name }) });
    // The coordinator drops the approval for whoever comes next; the mapping stays.
    await page.getByRole('button', { name: `Koppeling van ${PARTNER.name} wijzigen` }).click();
    const change = page.getByRole('form', { name: `Koppeling van ${PARTNER.name} wijzigen` });
    expect(await change.getByRole('group', { name: 'Regel 1' }).getByRole('textbox', { name: 'Waarde' }).inputValue()).toBe('ketenregie-vertegenwoordiger');
    await change.getByRole('checkbox', { name: 'Goedkeuring vereist' }).uncheck();
    await expectNoAxeViolations(page);
    await change.getByRole('button', { name: 'Opslaan' }).click();
    await link.getByText('Geen goedkeuring: nieuwe mensen krijgen direct hun rol').waitFor();
    await link.getByText('Claim groups bevat "ketenregie-vertegenwoordiger": Vertegenwoordiger').waitFor();

  });

  it('met no console error, uncaught exception or server error on our pages', () => {
    // The provider's own pages load a web font from the internet, which the test machine has no access to.
    expect(newcomer.problems.filter((p) => !p.includes(op.issuer))).toEqual([]);
    expect(coordinator.problems).toEqual([]);
  });
});
