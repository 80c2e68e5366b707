// User story: a coordinator names a difference between the crisis service and the LVB provider and
// takes it over the board (named → explored → discussed → accepted) while the LVB provider's
// representative writes its own view; that representative states its contribution on the value
// map, tells a success story, supports it, turns it into a statement and supports the vision.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiCaller, describeStory, expectHeading, expectNoAxeViolations, launchBrowser, newTrackedContext, startApp, type RunningApp, submitSignIn } from './harness.ts';

const NETWORK = 'Crisisroute Jeugd Regio West';
const ADMIN = { name: 'Marieke Visser', email: 'marieke@gemeente-west.nl', password: 'crisisroute-west-2026' };
const LVB = { name: 'Lotte de Vries', email: 'lotte@ster-west.nl', password: 'ster-west-wachtwoord-2026' };
const NAV = 'Onderdelen van het samenwerkingsverband';
const TOPIC = 'Wie beslist ’s nachts over een crisisplek bij een jongere met een LVB?';

describeStory('dialogue boards: differences, value map, stories and vision', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: ApiCaller;
  let networkId: string;
  const problems: string[][] = [];

  async function signedIn(person: { email: string; password: string }) {
    const tracked = await newTrackedContext(browser, app.url);
    problems.push(tracked.problems);
    const page = await tracked.context.newPage();
    await page.goto('/login');
    await submitSignIn(page, person);
    await expectHeading(page, 'Mijn samenwerkingsverbanden');
    return page;
  }

  beforeAll(async () => {
    app = await startApp();
    admin = new ApiCaller(app);
    await admin.setUp(ADMIN);
    networkId = (await admin.call('POST', '/api/networks', { name: NETWORK })).body.id;
    const ids: Record<string, string> = {};
    for (const partner of [
      { name: 'GGZ West', sector: 'ggz' },
      { name: 'Stichting Ster West', sector: 'gehandicaptenzorg' },
      { name: 'Gemeente Weststad', sector: 'gemeente' },
    ]) {
      ids[partner.name] = (await admin.call('POST', `/api/networks/${networkId}/partners`, partner)).body.id;
    }
    await admin.call('POST', `/api/networks/${networkId}/invitations`, { email: LVB.email, role: 'representative', partnerId: ids['Stichting Ster West'] });
    const outbox = await admin.call<{ items: { to: string; text: string }[] }>('GET', '/api/admin/outbox');
    const token = /\/invitations\/(\S+)/.exec(outbox.body.items.find((m) => m.to === LVB.email)!.text)![1];
    expect((await new ApiCaller(app).call('POST', `/api/invitations/${token}/accept`, { name: LVB.name, password: LVB.password })).status).toBe(200);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('takes a difference from named to accepted, with the partner’s own view beside it', async () => {
    const page = await signedIn(ADMIN);
    await page.goto(`/networks/${networkId}`);
    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Verschillen' }).click();
    await expectHeading(page, 'Verschillenagenda');
    await page.getByRole('region', { name: /^Benoemd/ }).getByText('Niets in deze kolom.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Onderwerp').fill(TOPIC);
    await page.getByLabel('Soort verschil').selectOption('work_logic');
    await page.getByRole('checkbox', { name: 'GGZ West' }).check();
    await page.getByRole('checkbox', { name: 'Stichting Ster West' }).check();
    await page.getByRole('button', { name: 'Verschil benoemen' }).click();
    await page.getByText(`Het verschil “${TOPIC}” staat op de agenda.`).waitFor();
    const named = page.getByRole('region', { name: /^Benoemd/ });
    await named.getByRole('link', { name: TOPIC }).waitFor();
    await named.getByText('2 partners hebben hun kijk nog niet geschreven').waitFor();
    await expectNoAxeViolations(page);

    // The LVB provider writes its own view; the coordinator cannot write it for them.
    const lotte = await signedIn(LVB);
    await lotte.goto(`/networks/${networkId}/differences`);
    await lotte.getByRole('link', { name: TOPIC }).click();
    await expectHeading(lotte, TOPIC);
    await lotte.getByLabel('De kijk van uw organisatie').fill('Wij kennen de jongere; wij willen meebeslissen, niet achteraf gebeld worden.');
    await lotte.getByRole('button', { name: 'Kijk opslaan' }).click();
    await lotte.getByText(/Bijgewerkt op .* door Lotte de Vries/).waitFor();
    await expectNoAxeViolations(lotte);

    await page.getByRole('link', { name: TOPIC }).click();
    await expectHeading(page, TOPIC);
    await page.getByRole('article', { name: 'Stichting Ster West' }).getByText('Wij kennen de jongere; wij willen meebeslissen, niet achteraf gebeld worden.').waitFor();
    await page.getByRole('article', { name: 'GGZ West' }).getByText('Deze partner heeft zijn kijk nog niet geschreven.').waitFor();
    expect(await page.getByLabel('De kijk van uw organisatie').count()).toBe(0);
    await expectNoAxeViolations(page);

    const move = async (status: string, note: string) => {
      await page.getByRole('radio', { name: new RegExp(`^${status}`) }).check();
      await page.getByLabel('Toelichting (bijvoorbeeld waar het besproken is)').fill(note);
      await page.getByRole('button', { name: 'Status wijzigen' }).click();
      await page.getByRole('list').filter({ hasText: note }).waitFor();
    };
    await move('Verkend', 'Beide kanten op papier gezet.');
    await move('Besproken', 'Besproken in de stuurgroep van november.');
    await expectNoAxeViolations(page);
    await move('Aanvaard', 'We leven ermee: bij twijfel belt de crisisdienst Ster.');
    expect(await page.getByRole('heading', { name: 'Volgende stap' }).count()).toBe(0);
    expect(await page.locator('.status-history li').count()).toBe(4);
    await page.getByRole('heading', { name: 'Kleine stappen' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Terug naar de verschillenagenda' }).click();
    await page.getByRole('region', { name: /^Aanvaard/ }).getByRole('link', { name: TOPIC }).waitFor();
    await lotte.close();
  });

  it('lets a representative state its contribution on the value map, next to the chart and the table', async () => {
    const page = await signedIn(LVB);
    await page.goto(`/networks/${networkId}`);
    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Waardenkaart' }).click();
    await expectHeading(page, 'Waardenkaart');
    const table = page.getByRole('table', { name: /^Bijdrage per partner en dimensie/ });
    await table.getByRole('columnheader', { name: 'Toegang tot de doelgroep' }).waitFor();
    await page.getByText('Er is nog geen gesloten reflectieronde').waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Waarde voor cliënten').selectOption('3');
    await page.getByLabel('Expertise').selectOption('2');
    await page.getByRole('button', { name: 'Bijdrage opslaan' }).click();
    await page.getByText('De bijdrage is opgeslagen.').waitFor();
    // (3 + 2) / 2 = 2.5 of 3 → 83
    await table.getByRole('row', { name: /^Stichting Ster West/ }).getByRole('cell', { name: '83' }).waitFor();
    expect(await page.locator('.value-chart svg').count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('tells a story, supports it, makes it a statement and supports the vision', async () => {
    const page = await signedIn(LVB);
    await page.goto(`/networks/${networkId}`);
    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Succesverhalen' }).click();
    await expectHeading(page, 'Succesverhalen');
    await page.getByText('Nog geen verhalen.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Titel').fill('Om twee uur ’s nachts een vertrouwd bed');
    await page.getByLabel('Wat gebeurde er?').fill('De crisisdienst belde ons nachtnummer; onze begeleider kende de jongen al.');
    await page.getByLabel('Wat liet het werken?').fill('Een vast nachtnummer in het belscript.');
    await page.getByRole('checkbox', { name: 'GGZ West' }).check();
    await page.getByLabel('Labels').fill('Nacht, LVB');
    await page.getByRole('button', { name: 'Verhaal toevoegen' }).click();
    const card = page.getByRole('article', { name: 'Om twee uur ’s nachts een vertrouwd bed' });
    await card.getByText('Betrokken: GGZ West').waitFor();
    await card.getByRole('button', { name: /^Steunen/ }).click();
    await card.getByText('Gesteund door Stichting Ster West').waitFor();
    await card.getByRole('button', { name: 'Toon verhalen met het label nacht' }).click();
    await page.getByRole('heading', { name: 'Verhalen met het label “nacht”' }).waitFor();
    await card.getByRole('button', { name: /^Maak er een uitspraak van/ }).click();
    await page.getByText('Het verhaal staat nu als uitspraak in het wenkend perspectief.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: NAV }).getByRole('link', { name: 'Wenkend perspectief' }).click();
    await expectHeading(page, 'Wenkend perspectief');
    const statement = page.getByRole('article', { name: 'Om twee uur ’s nachts een vertrouwd bed' });
    await statement.getByText('0 van 3 partners steunen dit').waitFor();
    await statement.getByRole('button', { name: /^Steunen/ }).click();
    await statement.getByText('1 van 3 partners steunt dit').waitFor();
    await page.getByLabel('Als onze samenwerking slaagt, dan…').fill('Ook ’s nachts is er een vertrouwd gezicht.');
    await page.getByRole('button', { name: 'Uitspraak toevoegen' }).click();
    await page.getByRole('article', { name: 'Ook ’s nachts is er een vertrouwd gezicht.' }).waitFor();
    // The supported statement stays on top.
    expect(await page.locator('.statement-list > li h3').first().textContent()).toBe('Om twee uur ’s nachts een vertrouwd bed');
    await expectNoAxeViolations(page);
    expect(problems.flat()).toEqual([]);
  });
});
