// User story: the coordinator reads the results of a round in which nobody named a collaboration
// of level 1 or more. There are no directed edges, so the reciprocity is not known: the page says
// so instead of showing 0, which would read as "nothing was returned" (DESIGN §5.4).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { answers, insertResponse, insertRound, insertUser, rating } from '../helpers/round-data.ts';
import type { TestApp } from '../helpers/test-app.ts';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, submitSignIn, type RunningApp } from './harness.ts';

const ADMIN = { name: 'Marleen Dekker', email: 'marleen@wijkzorg-oost.nl', password: 'wijkzorg-oost-2026' };
const ROUND = 'Eerste kennismakingsronde';

describeStory('reading a round graph without directed edges', () => {
  let app: RunningApp;
  let browser: Browser;
  let networkId: string;
  let roundId: string;

  beforeAll(async () => {
    app = await startApp();
    const admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    networkId = (await admin.call('POST', '/api/networks', { name: 'Wijkzorg Oost' })).body.id;
    const partner = async (name: string, sector: string) => (await admin.call('POST', `/api/networks/${networkId}/partners`, { name, sector })).body.id as string;
    const wijkteam = await partner('Wijkteam Oost', 'wijkteam');
    const huisartsen = await partner('Huisartsen Oost', 'huisartsenzorg');
    // The round is arranged in the database: two respondents who do not yet work together (level 0).
    const data = { runtime: app.server.runtime } as TestApp;
    const { id: adminId } = await app.server.runtime.deps.db.selectFrom('users').select('id').where('email', '=', ADMIN.email).executeTakeFirstOrThrow();
    roundId = await insertRound(data, networkId, adminId, 'closed', ROUND);
    await insertResponse(data, { networkId, roundId }, await insertUser(data, 'Wim Oost'), wijkteam, answers({ partners: { [huisartsen]: rating(0, 4, 3) } }));
    await insertResponse(data, { networkId, roundId }, await insertUser(data, 'Hanna Oost'), huisartsen, answers({ partners: { [wijkteam]: rating(0, 3, 3) } }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('says the reciprocity is not known yet', async () => {
    const coordinator = await newTrackedContext(browser, app.url);
    const page = await coordinator.context.newPage();
    await page.goto('/login');
    await submitSignIn(page, ADMIN);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    await page.goto(`/networks/${networkId}/rounds/${roundId}/results`);
    await expectHeading(page, `Resultaten: ${ROUND}`);
    const graph = page.getByRole('region', { name: 'Wie werkt met wie' });
    await graph.waitFor();
    const reciprocity = graph.locator('dt', { hasText: 'Wederkerigheid' }).locator('xpath=following-sibling::dd[1]');
    expect(await reciprocity.textContent()).toBe('nog niet bekend');
    await expectNoAxeViolations(page);
    expect(coordinator.problems).toEqual([]);
    await coordinator.context.close();
  });
});
