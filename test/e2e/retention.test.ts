// User story: the administrator opens the retention screen from the admin navigation, reads per
// kind of record its period and what the daily job last did (in Dutch, the date in words), types a
// period the rules refuse and sees why next to that field, corrects it and finds it saved after a
// reload, with the change in the audit log. A coordinator and a representative who are not the
// administrator find no way to the screen, and its address tells them it is not theirs to open.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Clock } from '../../src/deps.ts';
import { dutchToday } from '../../src/domain/calendar.ts';
import { retentionRunAt } from '../../src/features/retention/apply-retention.ts';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, submitSignIn, type RunningApp } from './harness.ts';

const ADMIN = { name: 'Femke Dijkstra', email: 'femke@ketenbureau-oost.nl', password: 'ketenbureau-oost-2026' };
const COORDINATOR = { name: 'Bram Hoekstra', email: 'bram@gemeente-oost.nl', password: 'gemeente-oost-2026' };
const REPRESENTATIVE = { name: 'Noor El Amrani', email: 'noor@ggz-oost.nl', password: 'ggz-oost-wachtwoord-2026' };
const NETWORK = 'Crisisroute Jeugd Regio Oost';

/** Every kind of record as the screen names it, with its default period in months. */
const KINDS = [
  { name: 'Ruwe antwoorden van een ronde', from: 'gerekend vanaf het sluiten van de ronde', months: '24' },
  { name: 'Open antwoorden van een ronde', from: 'gerekend vanaf het sluiten van de ronde', months: '24' },
  { name: 'Regels in het logboek', from: 'gerekend vanaf het schrijven', months: '60' },
  { name: 'Gelezen meldingen', from: 'gerekend vanaf het lezen', months: '12' },
  { name: 'Verstuurde e-mail', from: 'gerekend vanaf het versturen', months: '3' },
  { name: 'Verlopen uitnodigingen', from: 'gerekend vanaf het verlopen of intrekken', months: '3' },
  { name: 'Verlopen aanmeldsessies', from: 'gerekend vanaf het verlopen of intrekken', months: '1' },
  { name: 'Afgeronde achtergrondtaken', from: 'gerekend vanaf het afronden', months: '3' },
];
/**
 * The app's clock. The daily job runs early each Dutch morning (`retentionRunAt`, 03:00 UTC), and
 * at start-up when that time has passed. Between Dutch midnight and then, today's run is not due
 * yet, so the story would wait in vain: in those hours the clock reads six hours earlier, on the
 * evening before, whose run is due.
 */
function clockWithTodaysRunDue(): Clock {
  const now = Date.now();
  const offset = now < retentionRunAt(dutchToday(new Date(now))).getTime() ? -6 * 3_600_000 : 0;
  return { now: () => new Date(Date.now() + offset) };
}

const ADMINS_ONLY = 'Alleen de beheerder van deze installatie kan de bewaartermijnen instellen.';

/** The months field of one kind of record, found by the kind's name in its row. */
const monthsOf = (page: Page, kind: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: kind }) }).getByRole('spinbutton', { name: 'Maanden' });
/** The text under the months field of one kind: its bounds, or why the period was refused. */
const hintOf = async (page: Page, kind: string) => {
  const id = await monthsOf(page, kind).getAttribute('aria-describedby');
  return page.locator(`[id="${id}"]`);
};

describeStory('retention periods on the admin screen', () => {
  let app: RunningApp;
  let browser: Browser;
  let lastRunAt: string;

  beforeAll(async () => {
    app = await startApp({}, { clock: clockWithTodaysRunDue() });
    const admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    const networkId = (await admin.call('POST', '/api/networks', { name: NETWORK })).body.id;
    const ggz = (await admin.call('POST', `/api/networks/${networkId}/partners`, { name: 'GGZ Oost', sector: 'ggz' })).body.id;
    await admin.call('POST', `/api/networks/${networkId}/invitations`, { email: COORDINATOR.email, role: 'coordinator' });
    await admin.call('POST', `/api/networks/${networkId}/invitations`, { email: REPRESENTATIVE.email, role: 'representative', partnerId: ggz });
    const outbox = (await admin.call<{ items: { to: string; text: string }[] }>('GET', '/api/admin/outbox')).body.items;
    for (const person of [COORDINATOR, REPRESENTATIVE]) {
      const token = /\/invitations\/(\S+)/.exec(outbox.find((m) => m.to === person.email)!.text)![1];
      expect((await new ApiCaller(app).call('POST', `/api/invitations/${token}/accept`, { name: person.name, password: person.password })).status).toBe(200);
    }
    // The daily job's run of today is due at start-up (its early-morning time has passed): wait for it.
    lastRunAt = await vi.waitFor(
      async () => {
        const at: string | undefined = (await admin.call('GET', '/api/admin/retention')).body.lastRun?.at;
        if (!at) throw new Error('the daily retention job has not run yet');
        return at;
      },
      { timeout: 20_000, interval: 200 },
    );
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the administrator every kind with its period and what the daily job last did, from the admin navigation', async () => {
    const { context, problems } = await newTrackedContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Bewaartermijnen' }).click();
    await expectHeading(page, 'Bewaartermijnen');
    expect(new URL(page.url()).pathname).toBe('/admin/retention');
    expect(await page.title()).toBe('Bewaartermijnen – Ketenregie');

    const table = page.getByRole('table', { name: 'Bewaartermijn per soort gegevens' });
    await table.waitFor();
    expect(await table.getByRole('rowheader').count()).toBe(KINDS.length);
    for (const kind of KINDS) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: kind.name }) });
      await row.getByText(kind.from).waitFor();
      expect(await monthsOf(page, kind.name).inputValue()).toBe(kind.months);
    }
    expect(await (await hintOf(page, 'Regels in het logboek')).innerText()).toBe('Minimaal 12, standaard 60');
    // "Keep as long as the network exists" only where keeping can have a lasting purpose.
    expect(await page.getByRole('checkbox', { name: 'Bewaren zolang het samenwerkingsverband bestaat' }).count()).toBe(3);

    // The last run, in Dutch with the month in words, never as a machine writes it.
    const at = new Date(lastRunAt);
    const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('nl-NL', { ...options, timeZone: 'Europe/Amsterdam' }).format(at);
    const lastRun = page.getByText(/^De taak liep het laatst op /);
    const sentence = await lastRun.innerText();
    expect(sentence).toMatch(new RegExp(`^De taak liep het laatst op ${part({ day: 'numeric' })} ${part({ month: 'short' }).replace('.', '')}\\.? ${part({ year: 'numeric' })}[ ,]`));
    expect(sentence).toContain(part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));
    expect(sentence).toMatch(/ en verwijderde 0 gegevens\.$/);
    expect(sentence).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await table.getByRole('columnheader', { name: 'Verwijderd bij de laatste keer' }).count()).toBe(1);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('names a refused period next to its field, and keeps the corrected one after a reload, in the audit log', async () => {
    const { context, problems } = await newTrackedContext(browser, app.url);
    const page = await context.newPage();
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Bewaartermijnen' }).click();
    await expectHeading(page, 'Bewaartermijnen');

    // Audit entries for 6 months: below the 12 that accountability needs.
    const audit = monthsOf(page, 'Regels in het logboek');
    await audit.fill('6');
    await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
    await expect.poll(async () => (await hintOf(page, 'Regels in het logboek')).innerText()).toBe('Minimaal 12 maanden.');
    expect(await audit.getAttribute('aria-invalid')).toBe('true');
    // Only that field is marked; no general error above the form, and nothing was saved.
    expect(await page.getByRole('spinbutton', { name: 'Maanden' }).and(page.locator('[aria-invalid="true"]')).count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByText('De bewaartermijnen zijn opgeslagen.').count()).toBe(0);
    await expectNoAxeViolations(page);

    // An emptied field is not a period (and not "at once"): it is named before anything is sent.
    await audit.fill('36');
    const sessions = monthsOf(page, 'Verlopen aanmeldsessies');
    await sessions.fill('');
    await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
    await expect.poll(async () => (await hintOf(page, 'Verlopen aanmeldsessies')).innerText()).toBe('Vul een heel aantal maanden in.');
    expect(await sessions.getAttribute('aria-invalid')).toBe('true');
    expect(await audit.getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByText('De bewaartermijnen zijn opgeslagen.').count()).toBe(0);
    await sessions.fill('1');

    // Open answers kept longer than the raw answers they are part of: the open answers' field says so.
    await monthsOf(page, 'Open antwoorden van een ronde').fill('30');
    await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
    await expect
      .poll(async () => (await hintOf(page, 'Open antwoorden van een ronde')).innerText())
      .toBe('Open antwoorden kunnen niet langer bewaard worden dan de ruwe antwoorden.');
    expect(await monthsOf(page, 'Open antwoorden van een ronde').getAttribute('aria-invalid')).toBe('true');
    expect(await audit.getAttribute('aria-invalid')).toBeNull();
    expect(await (await hintOf(page, 'Regels in het logboek')).innerText()).toBe('Minimaal 12, standaard 60');
    await expectNoAxeViolations(page);

    await monthsOf(page, 'Open antwoorden van een ronde').fill('18');
    await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
    await page.getByRole('status').getByText('De bewaartermijnen zijn opgeslagen.').waitFor();
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.reload();
    await expectHeading(page, 'Bewaartermijnen');
    await expect.poll(() => monthsOf(page, 'Regels in het logboek').inputValue()).toBe('36');
    expect(await monthsOf(page, 'Open antwoorden van een ronde').inputValue()).toBe('18');
    expect(await monthsOf(page, 'Ruwe antwoorden van een ronde').inputValue()).toBe('24');

    // The change is in the installation's audit log, with the periods before and after and who made it.
    const changes = await app.server.runtime.deps.db
      .selectFrom('audit_events')
      .innerJoin('users', 'users.id', 'audit_events.actor_id')
      .select(['users.email', 'audit_events.network_id', 'audit_events.details'])
      .where('action', '=', 'instance.retention_changed')
      .execute();
    expect(changes).toHaveLength(1);
    const details = typeof changes[0]!.details === 'string' ? JSON.parse(changes[0]!.details) : changes[0]!.details;
    expect(changes[0]).toMatchObject({ email: ADMIN.email, network_id: null });
    expect(details).toMatchObject({ before: { auditEvents: 60, openAnswers: 24 }, after: { auditEvents: 36, openAnswers: 18, roundAnswers: 24 } });
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const [role, person] of [
    ['coordinator', COORDINATOR],
    ['representative', REPRESENTATIVE],
  ] as const) {
    it(`gives a ${role} who is not the administrator no way to the screen, and its address says so without a retry`, async () => {
      const { context, problems } = await newTrackedContext(browser, app.url);
      const page = await context.newPage();
      await page.goto('/login');
      await submitSignIn(page, person);
      await expectHeading(page, 'Mijn samenwerkingsverbanden');
      await page.getByRole('link', { name: NETWORK }).first().waitFor();
      expect(await page.getByRole('navigation', { name: 'Beheer' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Bewaartermijnen' }).count()).toBe(0);

      await page.goto('/admin/retention');
      await expectHeading(page, 'Bewaartermijnen');
      await expect.poll(() => page.getByRole('alert').innerText()).toBe(ADMINS_ONLY);
      expect(await page.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(0);
      expect(await page.getByRole('table').count()).toBe(0);
      expect(await page.getByRole('spinbutton').count()).toBe(0);
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
