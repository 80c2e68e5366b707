// User story: a representative leaves their organisation. The coordinator hands their role over on
// the people page (a successor who already has a role is refused), sees the pending handover in the
// invitations, and the successor opens the link, makes an account and finds themself the
// partner's representative while the leaver is gone from the network. The form works at 320 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, type RunningApp, submitSignIn } from './harness.ts';

const NETWORK = 'Zorgnetwerk Ouderen Oost';
const ADMIN = { name: 'Marieke Oosting', email: 'marieke@gemeente-oost.nl', password: 'zorgnetwerk-oost-2026' };
const LEAVER = { name: 'Gerrit Bos', email: 'gerrit@thuiszorg-oost.nl', password: 'thuiszorg-oost-2026' };
const COLLEAGUE = { name: 'Ayşe Demir', email: 'ayse@thuiszorg-oost.nl', password: 'thuiszorg-ayse-2026' };
const SUCCESSOR = { name: 'Noor Hendriks', email: 'noor@thuiszorg-oost.nl', password: 'thuiszorg-noor-2026' };
const PARTNER = 'Thuiszorg Oost';

/** Whether the page scrolls sideways (WCAG 2.1 reflow). */
const scrollsSideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth > document.scrollingElement!.clientWidth);

describeStory('handing over a representative role', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: ApiCaller;
  let networkId: string;

  async function invitationLink(email: string): Promise<string> {
    const outbox = await admin.call<{ items: { to: string; text: string }[] }>('GET', '/api/admin/outbox');
    const link = new RegExp(`${app.url}/invitations/\\S+`).exec(outbox.body.items.find((m) => m.to === email)?.text ?? '')?.[0];
    expect(link, `an invitation mail to ${email}`).toBeDefined();
    return link!;
  }

  async function join(person: { name: string; email: string; password: string }, body: Record<string, unknown>) {
    expect((await admin.call('POST', `/api/networks/${networkId}/invitations`, { email: person.email, ...body })).status).toBe(201);
    const token = (await invitationLink(person.email)).split('/').pop();
    expect((await new ApiCaller(app).call('POST', `/api/invitations/${token}/accept`, { name: person.name, password: person.password })).status).toBe(200);
  }

  beforeAll(async () => {
    app = await startApp();
    admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    networkId = (await admin.call('POST', '/api/networks', { name: NETWORK })).body.id;
    const partnerId = (await admin.call('POST', `/api/networks/${networkId}/partners`, { name: PARTNER, sector: 'vvt' })).body.id;
    await join(LEAVER, { role: 'representative', partnerId });
    await join(COLLEAGUE, { role: 'member', partnerId });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("lets the coordinator hand a representative's role to a successor, who accepts and is the representative", async () => {
    const coordinator = await newTrackedContext(browser, app.url);
    const page = await coordinator.context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto(`/networks/${networkId}/people`);
    await expectHeading(page, 'Mensen en uitnodigingen');

    const handover = page.getByRole('region', { name: 'Rol overdragen' });
    await handover.getByText(`${LEAVER.name}, vertegenwoordiger van ${PARTNER}`).waitFor();
    // Only representatives' roles can be handed over: not the member's, not the coordinator's.
    expect(await handover.getByRole('button', { name: /^Rol overdragen van/ }).count()).toBe(1);
    const open = handover.getByRole('button', { name: `Rol overdragen van ${LEAVER.name}` });
    await open.click();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    await handover.getByText('Tot de opvolger de uitnodiging aanneemt, verandert er niets.', { exact: false }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoAxeViolations(page);

    // Someone who already has a role in the network cannot be the successor.
    const email = handover.getByRole('textbox', { name: 'E-mailadres van de opvolger' });
    await email.fill(COLLEAGUE.email);
    await handover.locator('label.radio', { hasText: 'Verlaat het samenwerkingsverband' }).click();
    expect(await handover.getByRole('radio', { name: 'Verlaat het samenwerkingsverband' }).isChecked()).toBe(true);
    await handover.getByRole('button', { name: 'Uitnodiging aan opvolger versturen' }).click();
    await handover.getByText('Dit e-mailadres hoort bij iemand die al een rol in dit samenwerkingsverband heeft.', { exact: false }).waitFor();
    await expectNoAxeViolations(page);

    await email.fill(SUCCESSOR.email);
    await handover.getByRole('button', { name: /De link blijft geldig/ }).click();
    await page.getByRole('option', { name: '30 dagen' }).click();
    await handover.getByRole('button', { name: 'Uitnodiging aan opvolger versturen' }).click();
    const sent = handover.getByRole('status').filter({ hasText: `De uitnodiging is verstuurd naar ${SUCCESSOR.email}.` });
    await sent.waitFor();
    expect(await sent.textContent()).toContain('Status: Openstaand');
    expect(await sent.textContent()).toContain(`neemt die de rol van ${LEAVER.name} over`);
    expect(await sent.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    // The invitations list says whom the pending invitation replaces.
    const row = page.getByRole('table', { name: 'Uitnodigingen' }).getByRole('row', { name: new RegExp(SUCCESSOR.email) });
    await row.getByText(`Opvolger van ${LEAVER.name}, die het samenwerkingsverband verlaat`).waitFor();
    await row.getByText('Openstaand').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoAxeViolations(page);

    // The successor opens the link in a browser of their own and makes an account.
    const link = await invitationLink(SUCCESSOR.email);
    const successor = await newTrackedContext(browser, app.url);
    const newcomer = await successor.context.newPage();
    await newcomer.goto(link);
    await expectHeading(newcomer, `Uitnodiging voor ${NETWORK}`);
    await newcomer.getByText(PARTNER).waitFor();
    await expectNoAxeViolations(newcomer);
    await newcomer.getByRole('textbox', { name: 'Naam' }).fill(SUCCESSOR.name);
    await newcomer.getByLabel('Wachtwoord', { exact: true }).fill(SUCCESSOR.password);
    await newcomer.getByLabel('Herhaal het wachtwoord').fill(SUCCESSOR.password);
    await newcomer.getByRole('button', { name: 'Account aanmaken en uitnodiging aannemen' }).click();
    // The network's home, not the invitation ("Uitnodiging voor …") it comes from.
    await expectHeading(newcomer, new RegExp(`^${NETWORK}$`));

    await newcomer.goto(`/networks/${networkId}/people`);
    await expectHeading(newcomer, 'Mensen en uitnodigingen');
    const members = newcomer.getByRole('table', { name: 'Mensen in dit samenwerkingsverband' });
    const self = members.getByRole('row', { name: new RegExp(SUCCESSOR.email) });
    await self.getByText('Vertegenwoordiger').waitFor();
    await self.getByText(PARTNER).waitFor();
    expect(await members.getByRole('row', { name: new RegExp(LEAVER.email) }).count()).toBe(0);
    // Now the successor may hand over their own role, and no one else's.
    const own = newcomer.getByRole('region', { name: 'Rol overdragen' });
    await own.getByText(`U bent vertegenwoordiger van ${PARTNER}.`).waitFor();
    expect(await own.getByRole('button').allTextContents()).toEqual(['Mijn rol overdragen']);
    await expectNoAxeViolations(newcomer);

    // The leaver has no role in the network any more.
    const leaver = new ApiCaller(app);
    await leaver.call('POST', '/api/auth/sign-in/email', { email: LEAVER.email, password: LEAVER.password });
    expect((await leaver.call('GET', `/api/networks/${networkId}`)).status).toBe(404);

    await page.reload();
    await expectHeading(page, 'Mensen en uitnodigingen');
    await page.getByRole('table', { name: 'Uitnodigingen' }).getByRole('row', { name: new RegExp(SUCCESSOR.email) }).getByText('Aangenomen').waitFor();
    expect([...coordinator.problems, ...successor.problems]).toEqual([]);
    await coordinator.context.close();
    await successor.context.close();
  });
});
