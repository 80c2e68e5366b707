import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

const EMPTY = { values: '', workLogic: '', competences: '', constituency: '', constituencyRisks: '' };

function profile(baseVersion: number, fields: Record<string, string> = {}) {
  return { baseVersion, drivers: '', interests: '', offer: '', need: '', ...EMPTY, ...fields };
}

describe.each(testDatabases)('partner profiles (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let representative: TestClient;
  let otherRepresentative: TestClient;
  let member: TestClient;
  let observer: TestClient;
  let networkId: string;
  let ggz: string;
  let lvb: string;
  let gemeente: string;
  const profileUrl = (partnerId: string) => `/api/networks/${networkId}/partners/${partnerId}/profile`;

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    const add = async (name: string, sector: string) => (await coordinator.post(`/api/networks/${networkId}/partners`, { name, sector })).body.id as string;
    ggz = await add('GGZ Noord', 'ggz');
    lvb = await add('LVB Zorg Noord', 'gehandicaptenzorg');
    gemeente = await add('Gemeente Noord', 'gemeente');
    representative = await invitePerson(app, coordinator, networkId, { name: 'Rob de Graaf', email: 'rob@ggz.test', role: 'representative', partnerId: ggz });
    otherRepresentative = await invitePerson(app, coordinator, networkId, { name: 'Lotte Smit', email: 'lotte@lvb.test', role: 'representative', partnerId: lvb });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Bakker', email: 'mo@ggz.test', role: 'member', partnerId: ggz });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Visser', email: 'olga@zorgverzekeraar.test', role: 'observer' });
  });
  afterAll(() => app?.close());

  it('shows a profile nobody wrote yet as version 0, empty and incomplete', async () => {
    const res = await observer.get(profileUrl(ggz));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ partnerId: ggz, version: 0, drivers: '', offer: '', author: null, savedAt: null, complete: false, missing: ['drivers', 'interests', 'offer', 'need'] });
  });

  it("lets the partner's representative write the first version, with author and time", async () => {
    const res = await representative.put(
      profileUrl(ggz),
      profile(0, {
        drivers: 'Jongeren in crisis snel de juiste zorg geven',
        interests: 'Voldoende capaciteit en een betaalbare crisisdienst',
        offer: 'Crisisbeoordeling binnen 24 uur\nPsychiatrische consultatie voor huisartsen',
        need: 'Logeerplekken voor jongeren na een crisis',
        changeNote: 'Eerste versie',
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 1, changeNote: 'Eerste versie', author: { name: 'Rob de Graaf' }, complete: true, missing: [] });
    expect(new Date(res.body.savedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const read = await member.get(profileUrl(ggz));
    expect(read.body).toMatchObject({ version: 1, drivers: 'Jongeren in crisis snel de juiste zorg geven', author: { name: 'Rob de Graaf' } });
    const log = await coordinator.get(`/api/networks/${networkId}/audit`);
    expect(log.body.items[0]).toMatchObject({ action: 'profile.update', objectType: 'partner', objectId: ggz, details: { name: 'GGZ Noord', version: 1, changeNote: 'Eerste versie' } });
  });

  it('lets the coordinator save a next version, and answers a stale save with 409 and the current profile', async () => {
    const ok = await coordinator.put(profileUrl(ggz), profile(1, { drivers: 'Jongeren thuis houden', interests: 'Capaciteit', offer: 'Crisisbeoordeling binnen 24 uur', need: 'Logeerplekken' }));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ version: 2, author: { name: 'Anna Beheer' } });

    const stale = await representative.put(profileUrl(ggz), profile(1, { drivers: 'Mijn oude bewerking' }));
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.error.details).toMatchObject({ currentVersion: 2, current: { version: 2, drivers: 'Jongeren thuis houden', author: { name: 'Anna Beheer' } } });
    expect((await observer.get(profileUrl(ggz))).body.drivers).toBe('Jongeren thuis houden');
    expect((await representative.put(profileUrl(ggz), profile(3, { drivers: 'Uit de toekomst' }))).status).toBe(409);
  });

  it('lets one of two simultaneous saves on the same version win, and the other get 409', async () => {
    const current = (await coordinator.get(profileUrl(gemeente))).body.version as number;
    const results = await Promise.all([
      coordinator.put(profileUrl(gemeente), profile(current, { drivers: 'Eerste' })),
      coordinator.put(profileUrl(gemeente), profile(current, { drivers: 'Tweede' })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await coordinator.get(profileUrl(gemeente))).body.version).toBe(current + 1);
  });

  it('refuses a save by anyone but the partner’s representatives and the coordinator', async () => {
    for (const client of [otherRepresentative, member, observer]) {
      const res = await client.put(profileUrl(ggz), profile(2, { drivers: 'Overgenomen' }));
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect((await representative.put(profileUrl(lvb), profile(0, { drivers: 'Niet van mij' }))).status).toBe(403);
    expect((await coordinator.get(profileUrl(ggz))).body.version).toBe(2);
  });

  it('validates the profile body', async () => {
    const { drivers: _drivers, ...withoutDrivers } = profile(2);
    expect((await representative.put(profileUrl(ggz), withoutDrivers)).status).toBe(400);
    expect((await representative.put(profileUrl(ggz), profile(-1))).status).toBe(400);
    expect((await representative.put(profileUrl(ggz), { ...profile(2), mood: 'blij' })).status).toBe(400);
    expect((await representative.put(profileUrl(ggz), profile(2, { offer: 'x'.repeat(10_001) }))).status).toBe(400);
    expect((await representative.put(profileUrl(ggz), { ...profile(2), changeNote: 'y'.repeat(501) })).status).toBe(400);
  });

  it('keeps every version in the history, newest first, page by page', async () => {
    const history = await otherRepresentative.get(`${profileUrl(ggz)}/history`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((v: { version: number; author: { name: string } }) => [v.version, v.author.name])).toEqual([
      [2, 'Anna Beheer'],
      [1, 'Rob de Graaf'],
    ]);
    expect(history.body.items[1]).toMatchObject({ drivers: 'Jongeren in crisis snel de juiste zorg geven', changeNote: 'Eerste versie' });
    const first = await observer.get(`${profileUrl(ggz)}/history?limit=1`);
    expect(first.body.items.map((v: { version: number }) => v.version)).toEqual([2]);
    const second = await observer.get(`${profileUrl(ggz)}/history?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((v: { version: number }) => v.version)).toEqual([1]);
    expect(second.body.nextCursor).toBeNull();
    expect((await observer.get(`${profileUrl(lvb)}/history`)).body).toEqual({ items: [], nextCursor: null });
    expect((await observer.get(`${profileUrl(ggz)}/history?cursor=rubbish`)).status).toBe(400);
  });

  it('shows what changed between two versions, field by field, to every role', async () => {
    const diff = await observer.get(`${profileUrl(ggz)}/diff?from=1&to=2`);
    expect(diff.status).toBe(200);
    expect(diff.body.fields.map((f: { field: string }) => f.field)).toEqual(['drivers', 'interests', 'values', 'workLogic', 'offer', 'need', 'competences', 'constituency', 'constituencyRisks']);
    const drivers = diff.body.fields.find((f: { field: string }) => f.field === 'drivers');
    expect(drivers.changed).toBe(true);
    const text = (kinds: string[]) => drivers.parts.filter((p: { kind: string }) => kinds.includes(p.kind)).map((p: { text: string }) => p.text).join('');
    expect(text(['same', 'removed'])).toBe('Jongeren in crisis snel de juiste zorg geven');
    expect(text(['same', 'added'])).toBe('Jongeren thuis houden');
    expect(drivers.parts).toContainEqual({ kind: 'added', text: expect.stringContaining('thuis') });
    expect(diff.body.fields.find((f: { field: string }) => f.field === 'values')).toMatchObject({ changed: false });
    // Either order, the same version twice, and what does not exist.
    expect((await member.get(`${profileUrl(ggz)}/diff?from=2&to=1`)).body.fields[0].parts).toContainEqual({ kind: 'removed', text: expect.stringContaining('thuis') });
    expect((await member.get(`${profileUrl(ggz)}/diff?from=2&to=2`)).body.fields.every((f: { changed: boolean }) => !f.changed)).toBe(true);
    const missing = await member.get(`${profileUrl(ggz)}/diff?from=1&to=9`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('Version 9');
    for (const query of ['', '?from=1', '?from=0&to=1', '?from=a&to=1', '?from=1.5&to=2']) expect((await member.get(`${profileUrl(ggz)}/diff${query}`)).status).toBe(400);
  });

  it('answers 404 for the profile of a partner in another network', async () => {
    const other = await createNetwork(coordinator, 'Ander netwerk');
    const foreign = (await coordinator.post(`/api/networks/${other}/partners`, { name: 'Elders', sector: 'anders' })).body.id;
    expect((await coordinator.get(profileUrl(foreign))).status).toBe(404);
    expect((await coordinator.put(profileUrl(foreign), profile(0))).status).toBe(404);
    expect((await coordinator.get(`${profileUrl(foreign)}/history`)).status).toBe(404);
    expect((await coordinator.get(`${profileUrl(foreign)}/diff?from=1&to=1`)).status).toBe(404);
  });

  it("lists per partner whose needs match its offer, for every role", async () => {
    await otherRepresentative.put(profileUrl(lvb), profile(0, { offer: 'Logeerplekken voor jongeren met een LVB', need: 'Snelle crisisbeoordeling bij escalatie' }));
    const res = await observer.get(`/api/networks/${networkId}/profiles/matches`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { partner: { name: string } }) => i.partner.name)).toEqual(['Gemeente Noord', 'GGZ Noord', 'LVB Zorg Noord']);
    const forGgz = res.body.items[1];
    expect(forGgz.matches).toEqual([
      {
        partner: { id: lvb, name: 'LVB Zorg Noord', sector: 'gehandicaptenzorg' },
        offerLine: 'Crisisbeoordeling binnen 24 uur',
        needLine: 'Snelle crisisbeoordeling bij escalatie',
        sharedWords: ['crisisbeoordeling'],
        offerWords: ['Crisisbeoordeling'],
        needWords: ['crisisbeoordeling'],
      },
    ]);
    expect(res.body.items[2].matches).toEqual([expect.objectContaining({ partner: expect.objectContaining({ id: ggz }), needLine: 'Logeerplekken', sharedWords: ['logeerplekken'] })]);
    expect(res.body.items[0].matches).toEqual([]);
  });

  it('compares two profiles side by side, for every role', async () => {
    const res = await member.get(`/api/networks/${networkId}/profiles/compare?a=${ggz}&b=${lvb}`);
    expect(res.status).toBe(200);
    expect(res.body.a).toMatchObject({ partner: { id: ggz, name: 'GGZ Noord', sector: 'ggz' }, profile: { version: 2, drivers: 'Jongeren thuis houden' } });
    expect(res.body.b).toMatchObject({ partner: { id: lvb, name: 'LVB Zorg Noord' }, profile: { version: 1, need: 'Snelle crisisbeoordeling bij escalatie' } });
    const compare = (query: string) => observer.get(`/api/networks/${networkId}/profiles/compare${query}`);
    expect((await compare(`?a=${ggz}&b=${ggz}`)).status).toBe(400);
    expect((await compare(`?a=${ggz}`)).status).toBe(400);
    expect((await compare('')).status).toBe(400);
    expect((await compare(`?a=${ggz}&b=geen-id`)).status).toBe(400);
    expect((await compare(`?a=${ggz}&b=${crypto.randomUUID()}`)).status).toBe(404);
    const other = await createNetwork(coordinator, 'Vierde netwerk');
    const foreign = (await coordinator.post(`/api/networks/${other}/partners`, { name: 'Vreemd', sector: 'anders' })).body.id;
    expect((await compare(`?a=${foreign}&b=${ggz}`)).status).toBe(404);
  });
});
