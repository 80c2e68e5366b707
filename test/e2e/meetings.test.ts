// User story (issue 12 items 4–5): the coordinator of the example network prepares a steering-group
// session. They pick points from the generated agenda, order them and give each its minutes, and
// see the total against the session's length; they record who was there; a decision is taken and
// the page flags it "verandert morgen niets" and says why. The coordinator was not recorded present,
// so the page tells them they cannot take its step on; the representative of GGZ Noord, whose
// partner was there, claims it on a phone with a date and the flag goes. The coordinator then
// downloads the minutes and the network report as PDFs, whose text pdftotext reads: both carry
// the decision and its step.
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { COORDINATOR, REPRESENTATIVE, startExampleWorld, type ExampleWorld } from '../helpers/example-world.ts';
import { describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, submitSignIn } from './harness.ts';

const NETWORK = 'Crisisroute Jeugd Regio Noord';
const NAV = 'Onderdelen van het samenwerkingsverband';
const SESSION = 'Stuurgroep februari';
const DECISION = 'Eén intake voor jongeren in crisis';
const STEP = 'Intakeformulier samenvoegen';

/** The text of a PDF the page downloads when `click` runs, as Debian's pdftotext reads it, spaces folded. */
async function downloadedPdfText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { name: download.suggestedFilename(), text: text.replace(/\s+/g, ' ') };
}

describeStory('a session that ends in an owned step, on paper', () => {
  let world: ExampleWorld;
  let browser: Browser;

  beforeAll(async () => {
    world = await startExampleWorld({ runJobs: false });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await world?.stop();
  });

  it('picks, orders and times the agenda, records attendance, and has a present representative claim a dated step', async () => {
    const { context, problems } = await newTrackedContext(browser, world.url);
    const page = await context.newPage();
    await page.goto('/login');
    await submitSignIn(page, COORDINATOR);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto(`/networks/${world.ids.networkId}/sessions`);
    await expectHeading(page, 'Overleggen');
    await page.getByRole('textbox', { name: 'Titel' }).fill(SESSION);
    await page.getByLabel('Datum').fill('2027-02-08');
    await page.getByRole('button', { name: 'Overleg plannen' }).click();
    await expectHeading(page, SESSION);
    const sessionUrl = new URL(page.url()).pathname;

    // The session lasts 45 minutes; nothing is planned yet.
    await page.getByLabel('Duur van het overleg (minuten)').fill('45');
    await page.getByRole('button', { name: 'Duur opslaan' }).click();
    await page.getByText('Samen 0 van de 45 minuten gepland.').waitFor();

    // Two points of the generated agenda, with their minutes; the rest stays behind.
    const picker = page.getByRole('region', { name: 'Punten uit de gegenereerde agenda kiezen' }).or(page.locator('section.agenda-picker')).first();
    const offered = await picker.locator('.agenda-pick .checkbox-field label').allInnerTexts();
    expect(offered.length).toBeGreaterThanOrEqual(3);
    // A session's agenda is read by all its participants: no pair ratings are offered (DESIGN §5.3).
    expect(offered.filter((title) => title.includes('→'))).toEqual([]);
    const [first, second] = offered as [string, string];
    await picker.getByRole('checkbox', { name: first, exact: true }).check();
    await picker.getByLabel(`Minuten voor ${first}`, { exact: true }).fill('20');
    await picker.getByRole('checkbox', { name: second, exact: true }).check();
    await picker.getByLabel(`Minuten voor ${second}`, { exact: true }).fill('30');
    await expectNoAxeViolations(page);
    await picker.getByRole('button', { name: 'Gekozen punten overnemen' }).click();
    await page.getByText('2 punten overgenomen.').waitFor();
    const agenda = page.locator('section[aria-labelledby="agenda-heading"]');
    await agenda.getByRole('heading', { name: `1. ${first}` }).waitFor();
    await agenda.getByRole('heading', { name: `2. ${second}` }).waitFor();
    expect(await agenda.locator('ol.agenda-list > li').count()).toBe(2);
    // The total against the length: 50 of 45 minutes, and the page says it runs over.
    await page.getByText('Samen 50 van de 45 minuten gepland.').waitFor();
    await page.getByText('Let op: de agenda loopt 5 minuten uit. Kort punten in of haal er een af.').waitFor();
    // The second point goes first.
    await page.getByRole('button', { name: `${second} een plek omhoog` }).click();
    await agenda.getByRole('heading', { name: `1. ${second}` }).waitFor();
    await agenda.getByRole('heading', { name: `2. ${first}` }).waitFor();
    await page.getByLabel('Duur van het overleg (minuten)').fill('60');
    await page.getByRole('button', { name: 'Duur opslaan' }).click();
    await page.getByText('Samen 50 van de 60 minuten gepland.').waitFor();
    expect(await page.getByText(/de agenda loopt \d+ minuten uit/).count()).toBe(0);
    await expectNoAxeViolations(page);

    // GGZ Noord was there; nobody recorded the coordinator as having come.
    await page.getByLabel('Status van GGZ Noord').selectOption({ label: 'Aanwezig' });
    await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
    await page.getByText('Aanwezigheid opgeslagen.').waitFor();
    await page.getByRole('table', { name: 'Aanwezigheid per partner' }).getByRole('row', { name: /GGZ Noord\s+Aanwezig/ }).waitFor();
    await expectNoAxeViolations(page);

    // A decision without a step changes nothing tomorrow, and the page says why.
    await page.getByRole('textbox', { name: 'Besluit', exact: true }).fill(DECISION);
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const decision = page.getByRole('article', { name: DECISION });
    await decision.getByText('Verandert morgen niets', { exact: true }).waitFor();
    await decision.getByText('Er is nog geen stap die dit besluit uitvoert. Stel hieronder een stap voor.').waitFor();
    // The coordinator was not there: the page says so instead of offering to take the step on.
    await decision.getByText('U kunt hier geen stap oppakken: u en uw partner staan niet als aanwezig bij dit overleg.', { exact: false }).waitFor();
    expect(await decision.getByLabel('Ik pak deze stap zelf op').count()).toBe(0);
    await decision.getByRole('textbox', { name: 'Wat gaat er gebeuren?' }).fill(STEP);
    await decision.getByRole('button', { name: 'Stap toevoegen' }).click();
    await decision.getByRole('heading', { name: STEP }).waitFor();
    await decision.getByText('Niemand heeft een stap opgepakt. Wie de stap gaat doen, pakt hem zelf op met een datum.').waitFor();
    expect(await decision.getByRole('button', { name: `Ik pak de stap ‘${STEP}’ op` }).count()).toBe(0);
    await expectNoAxeViolations(page);

    // The representative of GGZ Noord, on a phone: their partner was there, so they take it on, with a date.
    const phone = await newTrackedContext(browser, world.url);
    const rep = await phone.context.newPage();
    await rep.setViewportSize({ width: 390, height: 844 });
    await rep.goto('/login');
    await submitSignIn(rep, REPRESENTATIVE);
    await expectHeading(rep, 'Mijn samenwerkingsverbanden');
    await rep.goto(sessionUrl);
    await expectHeading(rep, SESSION);
    const theirs = rep.getByRole('article', { name: DECISION });
    await theirs.getByText('Verandert morgen niets', { exact: true }).waitFor();
    expect(await theirs.getByText(/U kunt hier (nog )?geen stap oppakken/).count()).toBe(0);
    const step = theirs.locator('.step-card', { hasText: STEP });
    await step.getByLabel('Klaar op').fill('2027-03-01');
    await expectNoAxeViolations(rep);
    await step.getByRole('button', { name: `Ik pak de stap ‘${STEP}’ op` }).click();
    await theirs.getByText('Verandert morgen iets: er is een stap met een eigenaar en een datum.').waitFor();
    await theirs.getByText(`Opgepakt door ${REPRESENTATIVE.name}`, { exact: false }).waitFor();
    expect(await theirs.getByText('Verandert morgen niets', { exact: true }).count()).toBe(0);
    expect(await rep.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(rep);
    expect(phone.problems).toEqual([]);
    await phone.context.close();

    // Back on the coordinator's screen the flag has gone.
    await page.reload();
    await expectHeading(page, SESSION);
    await decision.getByText('Verandert morgen iets: er is een stap met een eigenaar en een datum.').waitFor();
    expect(await page.getByText('1 besluit verandert morgen nog niets.').count()).toBe(0);

    // The minutes as a PDF: attendance, the points, the decision and its step with owner and date.
    const minutes = await downloadedPdfText(page, () => page.getByRole('link', { name: 'Verslag als pdf' }).click());
    expect(minutes.name).toMatch(/\.pdf$/);
    expect(minutes.text).toContain('Verslag van het overleg');
    expect(minutes.text).toContain(SESSION);
    expect(minutes.text).toContain('GGZ Noord');
    expect(minutes.text).toContain(second);
    expect(minutes.text).toContain(DECISION);
    expect(minutes.text).toContain(`${STEP}: opgepakt door ${REPRESENTATIVE.name}`);

    // The network report for the steering group, from the network's home.
    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Overzicht' }).click();
    await expectHeading(page, NETWORK);
    await expectNoAxeViolations(page);
    const report = await downloadedPdfText(page, () => page.getByRole('link', { name: 'Stand van het netwerk als pdf' }).click());
    expect(report.name).toMatch(/\.pdf$/);
    expect(report.text).toContain('Stand van het samenwerkingsverband');
    expect(report.text).toContain(NETWORK);
    expect(report.text).toContain('Recente besluiten en hun stappen');
    expect(report.text).toContain(`${DECISION} (${SESSION},`);
    expect(report.text).toContain(`${STEP}: opgepakt door ${REPRESENTATIVE.name}`);

    expect(problems).toEqual([]);
    await context.close();
  });
});
