// npm run screenshots: a phone and a desktop picture of the network home, the questionnaire and the
// round results of the example network, with Debian's Chromium, into docs/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import buildWebApp from '../test/e2e/global-setup.ts';
import { COORDINATOR, OPEN_ROUND, REPRESENTATIVE, startExampleWorld, type ExampleWorld, type Person } from '../test/helpers/example-world.ts';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const SCREENS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1366, height: 900 },
} as const;

/** Signs `person` in and opens `to`, waits for `heading`, and saves a picture of the first screen. */
async function picture(browser: Browser, world: ExampleWorld, person: Person, to: string, heading: string, file: string, screen: keyof typeof SCREENS) {
  const context = await browser.newContext({ baseURL: world.url, viewport: SCREENS[screen], locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(person.email);
  await page.getByLabel('Wachtwoord').fill(person.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn samenwerkingsverbanden' }).waitFor();
  await page.goto(to);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(OUT, `${file}-${screen}.png`) });
  console.log(`docs/screenshots/${file}-${screen}.png`);
  await context.close();
}

await buildWebApp();
fs.mkdirSync(OUT, { recursive: true });
const world = await startExampleWorld({ runJobs: false });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  const { networkId, openRoundId, roundId } = world.ids;
  for (const screen of ['phone', 'desktop'] as const) {
    await picture(browser, world, REPRESENTATIVE, `/networks/${networkId}`, 'Crisisroute Jeugd Regio Noord', 'network-home', screen);
    await picture(browser, world, REPRESENTATIVE, `/networks/${networkId}/rounds/${openRoundId}/questionnaire`, `Vragenlijst: ${OPEN_ROUND}`, 'questionnaire', screen);
    await picture(browser, world, COORDINATOR, `/networks/${networkId}/rounds/${roundId}/results`, 'Resultaten: Reflectieronde najaar', 'round-results', screen);
  }
} finally {
  await browser.close();
  await world.stop();
}
