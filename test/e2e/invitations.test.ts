// User story: a coordinator withdraws an invitation, and a person who already has an account
// signs in from the invitation link, accepts it, switches between their networks, and later
// deletes their account.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, type RunningApp, submitSignIn } from './harness.ts';

const ADMIN = { name: 'Eva Mulder', email: 'eva@gemeente-west.nl', password: 'gemeente-west-2026' };
const MEMBER = { name: 'Fatima El Amrani', email: 'fatima@thuiszorg-west.nl', password: 'thuiszorg-west-2026' };
const FIRST = 'Valpreventie Ouderen West';
const SECOND = 'Mantelzorg Ondersteuning West';

describeStory('invitations', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: ApiCaller;
  let first: string;
  let second: string;

  /** The link in the newest invitation mail to `email`. */
  async function invitationLink(email: string): Promise<string> {
    const outbox = await admin.call<{ items: { to: string; text: string }[] }>('GET', '/api/admin/outbox');
    const text = outbox.body.items.find((m) => m.to === email)?.text ?? '';
    const link = new RegExp(`${app.url}/invitations/\\S+`).exec(text)?.[0];
    expect(link, `an invitation mail to ${email}`).toBeDefined();
    return link!;
  }

  beforeAll(async () => {
    app = await startApp();
    admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    first = (await admin.call('POST', '/api/networks', { name: FIRST })).body.id;
    second = (await admin.call('POST', '/api/networks', { name: SECOND })).body.id;
    // Fatima already works in the first network, so she has an account.
    await admin.call('POST', `/api/networks/${first}/invitations`, { email: MEMBER.email, role: 'member' });
    const token = (await invitationLink(MEMBER.email)).split('/').pop();
    expect((await new ApiCaller(app).call('POST', `/api/invitations/${token}/accept`, { name: MEMBER.name, password: MEMBER.password })).status).toBe(200);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('withdraws an invitation, after which its link says so', async () => {
    await admin.call('POST', `/api/networks/${second}/invitations`, { email: 'gert@huisartsen-west.nl', role: 'observer' });
    const link = await invitationLink('gert@huisartsen-west.nl');

    const coordinator = await newTrackedContext(browser, app.url);
    const page = await coordinator.context.newPage();
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.getByRole('link', { name: SECOND }).click();
    await expectHeading(page, SECOND);
    await page.getByRole('link', { name: 'Mensen uitnodigen en uitnodigingen bekijken' }).click();
    await expectHeading(page, 'Mensen en uitnodigingen');
    const invitations = page.getByRole('table', { name: 'Uitnodigingen' });
    await invitations.getByRole('cell', { name: 'Toehoorder' }).waitFor();
    await invitations.getByRole('button', { name: 'Uitnodiging voor gert@huisartsen-west.nl intrekken' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Uitnodiging intrekken?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Ja, intrekken' }).click();
    await dialog.waitFor({ state: 'detached' });
    await invitations.getByText('Ingetrokken').waitFor();
    expect(await invitations.getByRole('button').count()).toBe(0);

    const stranger = await newTrackedContext(browser, app.url);
    const invitee = await stranger.context.newPage();
    await invitee.goto(link);
    // A withdrawn link tells only that: not the network, not the address it was for.
    await expectHeading(invitee, 'Uitnodiging');
    await invitee.getByText('De ketenregisseur heeft deze uitnodiging ingetrokken.').waitFor();
    expect(await invitee.getByText(SECOND).count()).toBe(0);
    expect(await invitee.getByRole('button', { name: /aannemen/ }).count()).toBe(0);
    await expectNoAxeViolations(invitee);

    await invitee.goto('/invitations/dit-is-geen-bestaande-uitnodiging-link');
    await invitee.getByText('Deze uitnodiging bestaat niet.').waitFor();
    await invitee.goto('/bestaat/niet');
    await expectHeading(invitee, 'Pagina niet gevonden');
    await expectNoAxeViolations(invitee);

    expect([...coordinator.problems, ...stranger.problems]).toEqual([]);
    await coordinator.context.close();
    await stranger.context.close();
  });

  it('lets someone with an account sign in from the link, accept, and switch networks', async () => {
    await admin.call('POST', `/api/networks/${second}/invitations`, { email: MEMBER.email, role: 'member' });
    const link = await invitationLink(MEMBER.email);

    const { context, problems } = await newTrackedContext(browser, app.url);
    const page = await context.newPage();
    await page.goto(link);
    await expectHeading(page, `Uitnodiging voor ${SECOND}`);
    await page.getByText(`Er is al een account voor ${MEMBER.email}.`).waitFor();
    await page.getByRole('link', { name: 'Inloggen' }).click();
    await expectHeading(page, 'Inloggen');
    await submitSignIn(page, MEMBER);

    // Back on the invitation, now with one button.
    await expectHeading(page, `Uitnodiging voor ${SECOND}`);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await expectHeading(page, SECOND);
    await page.getByText('Deelnemer', { exact: true }).first().waitFor();
    // A member sees the people, not the coordinator's tools.
    expect(await page.getByRole('heading', { name: 'Iemand uitnodigen' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Logboek bekijken' }).count()).toBe(0);
    await page.getByText('De ketenregisseur nodigt ze uit.').waitFor();
    await expectNoAxeViolations(page);

    // The network switcher in the header lists both networks.
    await page.getByRole('button', { name: new RegExp(SECOND) }).click();
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect((await options.allTextContents()).sort()).toEqual([FIRST, SECOND].sort());
    await page.getByRole('option', { name: FIRST }).click();
    await expectHeading(page, FIRST);
    expect(new URL(page.url()).pathname).toBe(`/networks/${first}`);

    // The accepted link, opened again signed out (another browser), offers signing in.
    const later = await newTrackedContext(browser, app.url);
    const again = await later.context.newPage();
    await again.goto(link);
    await again.getByText('Deze uitnodiging is al aangenomen.').waitFor();
    expect(await again.getByText(SECOND).count()).toBe(0);
    await expectNoAxeViolations(again);
    await again.getByRole('main').getByRole('link', { name: 'Log in om verder te gaan.' }).click();
    await expectHeading(again, 'Inloggen');
    await submitSignIn(again, MEMBER);
    await expectHeading(again, 'Mijn samenwerkingsverbanden');
    await again.getByRole('link', { name: SECOND }).first().waitFor();
    expect(later.problems).toEqual([]);
    await later.context.close();

    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets that person delete their account, after the password, and then no longer sign in', async () => {
    const { context, problems } = await newTrackedContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await submitSignIn(page, MEMBER);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto('/my-data');
    await expectHeading(page, 'Mijn gegevens');
    await page.getByRole('heading', { name: 'Account verwijderen' }).waitFor();

    const password = page.getByLabel('Uw wachtwoord, ter bevestiging');
    await password.fill('niet-het-goede-wachtwoord');
    await page.getByRole('button', { name: 'Mijn account definitief verwijderen' }).click();
    await page.getByText('Het wachtwoord klopt niet.').waitFor();
    await expectNoAxeViolations(page);

    await password.fill(MEMBER.password);
    await page.getByRole('button', { name: 'Mijn account definitief verwijderen' }).click();
    await expectHeading(page, 'Inloggen');
    await page.getByText('Uw account is verwijderd.', { exact: false }).waitFor();
    await expectNoAxeViolations(page);

    // The coordinator's people list shows a former participant no more; signing in again fails.
    const members = await admin.call<{ items: { name: string }[] }>('GET', `/api/networks/${first}/members`);
    expect(members.body.items.map((m) => m.name)).not.toContain(MEMBER.name);
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(MEMBER.email);
    await page.getByLabel('Wachtwoord').fill(MEMBER.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();

    expect(problems).toEqual([]);
    await context.close();
  });
});
