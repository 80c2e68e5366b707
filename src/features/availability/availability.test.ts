import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('availability of the crisis route (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let ggzRep: TestClient;
  let member: TestClient;
  let observer: TestClient;
  let base: string;
  let ggz: string;
  let lvb: string;
  let opvang: string;
  let foreignPartner: string;

  const slot = (capabilityId: string, partnerId: string, extra: Record<string, unknown> = {}) => ({
    capabilityId,
    partnerId,
    weekday: 6,
    start: '22:00',
    end: '08:00',
    contact: 'Crisisdienst GGZ Noord, 050 123 4567',
    ...extra,
  });
  const newCapability = async (name: string, requirement?: Record<string, unknown>) => {
    const res = await coordinator.post(`${base}/capabilities`, { name });
    expect(res.status).toBe(201);
    if (requirement) expect((await coordinator.put(`${base}/requirements/${res.body.id}`, requirement)).status).toBe(200);
    return res.body.id as string;
  };
  const lastAudit = async () => (await coordinator.get(`${base}/audit`)).body.items[0];

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    const networkId = await createNetwork(coordinator, 'Crisisroute Jeugd Regio Noord');
    base = `/api/networks/${networkId}`;
    ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    lvb = await addPartner(app, networkId, 'LVB Zorg Noorderkwartier', 'gehandicaptenzorg');
    opvang = await addPartner(app, networkId, 'Crisisopvang De Haven', 'jeugdhulp');
    foreignPartner = await addPartner(app, await createNetwork(coordinator, 'Ander netwerk'), 'Elders BV');
    ggzRep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@wijkteam.test', role: 'member', partnerId: lvb });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
  });
  afterAll(() => app?.close());

  it('lets the coordinator define capabilities with unique names (ignoring case), readable by every role, audited', async () => {
    const created = await coordinator.post(`${base}/capabilities`, { name: 'LVB-expertise', description: 'Inschatting bij een licht verstandelijke beperking', escalation: 'Bel 112 bij direct gevaar' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'LVB-expertise', escalation: 'Bel 112 bij direct gevaar', requirement: null, slotCount: 0 });
    expect(await lastAudit()).toMatchObject({ action: 'capability.create', objectId: created.body.id });
    const duplicate = await coordinator.post(`${base}/capabilities`, { name: 'lvb-EXPERTISE' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('conflict');
    for (const client of [ggzRep, member, observer]) {
      expect((await client.post(`${base}/capabilities`, { name: 'Eigen capaciteit' })).status).toBe(403);
      expect((await client.patch(`${base}/capabilities/${created.body.id}`, { name: 'Anders' })).status).toBe(403);
      expect((await client.delete(`${base}/capabilities/${created.body.id}`)).status).toBe(403);
      const list = await client.get(`${base}/capabilities`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((c: { name: string }) => c.name)).toContain('LVB-expertise');
    }
    expect((await coordinator.post(`${base}/capabilities`, { name: 'X' })).status).toBe(400);
    expect((await coordinator.post(`${base}/capabilities`, { name: 'Bedden', colour: 'rood' })).status).toBe(400);
    const other = await newCapability('Crisisopvang (bed)');
    expect((await coordinator.patch(`${base}/capabilities/${other}`, { name: 'LVB-Expertise' })).status).toBe(409);
    const renamed = await coordinator.patch(`${base}/capabilities/${other}`, { name: 'Crisisbed jeugd', escalation: 'Regiodesk, 0800 1234' });
    expect(renamed.body).toMatchObject({ name: 'Crisisbed jeugd', escalation: 'Regiodesk, 0800 1234' });
    expect(await lastAudit()).toMatchObject({ action: 'capability.update', details: { changed: ['name', 'escalation'] } });
    const deleted = await coordinator.delete(`${base}/capabilities/${other}`);
    expect(deleted.status).toBe(200);
    expect((await coordinator.delete(`${base}/capabilities/${other}`)).status).toBe(404);
    expect(await lastAudit()).toMatchObject({ action: 'capability.delete', objectId: other });
  });

  it('sets a requirement per capability (coordinator), weekly windows or around the clock, validated', async () => {
    const capability = await newCapability('Requirement-test');
    const put = (client: TestClient, body: unknown) => client.put(`${base}/requirements/${capability}`, body);
    expect((await put(ggzRep, { windows: null, minPartners: 1 })).status).toBe(403);
    expect((await put(member, { windows: null, minPartners: 1 })).status).toBe(403);
    for (const bad of [
      { windows: null, minPartners: 0 },
      { windows: [{ weekday: 8, start: '22:00', end: '08:00' }], minPartners: 1 },
      { windows: [{ weekday: 1, start: '24:00', end: '08:00' }], minPartners: 1 },
      { windows: [{ weekday: 1, start: '9:00', end: '17:00' }], minPartners: 1 },
      { windows: [], minPartners: 1 },
      { minPartners: 1 },
    ]) {
      const res = await put(coordinator, bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    const windows = [{ weekday: 5, start: '17:00', end: '08:00' }];
    const saved = await put(coordinator, { windows, minPartners: 2 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ capabilityId: capability, windows, minPartners: 2 });
    expect((await put(coordinator, { windows: null, minPartners: 1 })).body).toMatchObject({ windows: null, minPartners: 1 });
    expect(await lastAudit()).toMatchObject({ action: 'requirement.save', details: { aroundTheClock: true, minPartners: 1 } });
    const list = await observer.get(`${base}/requirements`);
    expect(list.body.items).toContainEqual(expect.objectContaining({ capabilityId: capability, windows: null, minPartners: 1 }));
    expect((await coordinator.get(`${base}/capabilities`)).body.items.find((c: { id: string }) => c.id === capability).requirement).toMatchObject({ minPartners: 1 });
    expect((await coordinator.delete(`${base}/requirements/${capability}`)).status).toBe(200);
    expect((await coordinator.delete(`${base}/requirements/${capability}`)).status).toBe(404);
    expect((await put(coordinator, { windows: null, minPartners: 1, extra: true })).status).toBe(400);
    expect((await coordinator.put(`${base}/requirements/${crypto.randomUUID()}`, { windows: null, minPartners: 1 })).status).toBe(404);
  });

  it('takes slots from the coordinator for any partner and from a representative for their own partner only', async () => {
    const capability = await newCapability('Slot-rechten');
    const byCoordinator = await coordinator.post(`${base}/availability-slots`, slot(capability, lvb, { contact: 'Bereikbaarheidsdienst LVB, 0800-1234' }));
    expect(byCoordinator.status).toBe(201);
    expect(byCoordinator.body).toMatchObject({ partner: { id: lvb, name: 'LVB Zorg Noorderkwartier' }, weekday: 6, start: '22:00', end: '08:00', priority: 1, validFrom: null });
    expect(await lastAudit()).toMatchObject({ action: 'availability_slot.create', objectId: byCoordinator.body.id });
    const own = await ggzRep.post(`${base}/availability-slots`, slot(capability, ggz, { priority: 2, validFrom: '2027-01-01', validUntil: '2027-12-31' }));
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ priority: 2, validFrom: '2027-01-01', validUntil: '2027-12-31' });
    expect((await ggzRep.post(`${base}/availability-slots`, slot(capability, lvb))).status).toBe(403);
    expect((await member.post(`${base}/availability-slots`, slot(capability, lvb))).status).toBe(403);
    expect((await observer.post(`${base}/availability-slots`, slot(capability, ggz))).status).toBe(403);

    expect((await ggzRep.patch(`${base}/availability-slots/${own.body.id}`, { start: '23:00', priority: 1 })).body).toMatchObject({ start: '23:00', priority: 1 });
    expect(await lastAudit()).toMatchObject({ action: 'availability_slot.update', details: { changed: ['start_time', 'priority'] } });
    expect((await ggzRep.patch(`${base}/availability-slots/${byCoordinator.body.id}`, { start: '23:00' })).status).toBe(403);
    expect((await ggzRep.delete(`${base}/availability-slots/${byCoordinator.body.id}`)).status).toBe(403);
    expect((await member.patch(`${base}/availability-slots/${own.body.id}`, { start: '21:00' })).status).toBe(403);
    expect((await coordinator.patch(`${base}/availability-slots/${own.body.id}`, { validUntil: '2026-12-31' })).status).toBe(400);
    expect((await coordinator.patch(`${base}/availability-slots/${crypto.randomUUID()}`, { start: '21:00' })).status).toBe(404);

    const list = await member.get(`${base}/availability-slots?capability=${capability}`);
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([byCoordinator.body.id, own.body.id]);
    const firstPage = await member.get(`${base}/availability-slots?capability=${capability}&limit=1`);
    expect(firstPage.body.items).toHaveLength(1);
    const secondPage = await member.get(`${base}/availability-slots?capability=${capability}&limit=1&cursor=${firstPage.body.nextCursor}`);
    expect(secondPage.body.items.map((s: { id: string }) => s.id)).toEqual([own.body.id]);
    expect(secondPage.body.nextCursor).toBeNull();
    expect((await observer.get(`${base}/availability-slots?partner=${ggz}&capability=${capability}`)).body.items.map((s: { id: string }) => s.id)).toEqual([own.body.id]);

    expect((await ggzRep.delete(`${base}/availability-slots/${own.body.id}`)).status).toBe(200);
    expect(await lastAudit()).toMatchObject({ action: 'availability_slot.delete', objectId: own.body.id });
    expect((await coordinator.get(`${base}/availability-slots?capability=${capability}`)).body.items).toHaveLength(1);
  });

  it('validates a slot: times, weekday, dates, a contact route with a phone number, partner and capability of this network', async () => {
    const capability = await newCapability('Slot-validatie');
    for (const [extra, field] of [
      [{ contact: 'Bel gewoon even' }, 'contact'],
      [{ contact: '   ' }, 'contact'],
      [{ contact: '050 12' }, 'contact'],
      [{ start: '25:00' }, 'start'],
      [{ end: '8:00' }, 'end'],
      [{ weekday: 0 }, 'weekday'],
      [{ priority: 0 }, 'priority'],
      [{ validFrom: '2027-02-30' }, 'validFrom'],
      [{ validFrom: '2027-06-01', validUntil: '2027-05-31' }, 'validUntil'],
      [{ partnerId: foreignPartner }, 'partnerId'],
      [{ capabilityId: crypto.randomUUID() }, 'capabilityId'],
      [{ note: 'onbekend veld' }, ''],
    ] as const) {
      const res = await coordinator.post(`${base}/availability-slots`, { ...slot(capability, ggz), ...extra });
      expect(res.status, JSON.stringify(extra)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      if (field) expect(JSON.stringify(res.body.error.details)).toContain(field);
    }
    for (const contact of ['Crisisdienst GGZ Noord, 050-1234567', '+31 50 123 4567 (regiodesk)', 'Meldkamer 0800-1234']) {
      expect((await coordinator.post(`${base}/availability-slots`, { ...slot(capability, ggz), contact })).status, contact).toBe(201);
    }
  });

  it('records exceptions per partner (optionally per capability) with the same permissions, and they take time out of coverage', async () => {
    const capability = await newCapability('Uitzonderingen', { windows: null, minPartners: 1 });
    await coordinator.post(`${base}/availability-slots`, slot(capability, ggz, { weekday: 1, start: '00:00', end: '00:00' }));
    const own = await ggzRep.post(`${base}/availability-exceptions`, { partnerId: ggz, capabilityId: capability, from: '2027-05-03', until: '2027-05-03', reason: 'Teamdag' });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ partner: { id: ggz }, capabilityId: capability, from: '2027-05-03', until: '2027-05-03', reason: 'Teamdag', createdBy: { name: 'Gert GGZ' } });
    expect(await lastAudit()).toMatchObject({ action: 'availability_exception.create', objectId: own.body.id });
    expect((await ggzRep.post(`${base}/availability-exceptions`, { partnerId: lvb, from: '2027-05-03', until: '2027-05-03', reason: 'Niet van mij' })).status).toBe(403);
    expect((await member.post(`${base}/availability-exceptions`, { partnerId: lvb, from: '2027-05-03', until: '2027-05-03', reason: 'x' })).status).toBe(403);
    expect((await coordinator.post(`${base}/availability-exceptions`, { partnerId: lvb, from: '2027-05-04', until: '2027-05-03', reason: 'x' })).status).toBe(400);
    expect((await coordinator.post(`${base}/availability-exceptions`, { partnerId: lvb, from: '2027-05-03', until: '2027-05-03', reason: '' })).status).toBe(400);

    // Monday 3 May 2027 is a whole day (24 hours) of the required week; the exception takes it out.
    const week = async () => (await member.get(`${base}/coverage?capability=${capability}&from=2027-05-03&to=2027-05-04`)).body;
    expect(await week()).toMatchObject({ requiredMinutes: 1440, coveredMinutes: 0, coveredShare: 0, gaps: [{ have: 0, need: 1 }] });
    const moved = await ggzRep.patch(`${base}/availability-exceptions/${own.body.id}`, { from: '2027-05-10', until: '2027-05-10' });
    expect(moved.body).toMatchObject({ from: '2027-05-10', until: '2027-05-10' });
    expect(await week()).toMatchObject({ coveredMinutes: 1440, coveredShare: 1, gaps: [] });
    const listed = await observer.get(`${base}/availability-exceptions?capability=${capability}`);
    expect(listed.body.items.map((e: { id: string }) => e.id)).toEqual([own.body.id]);
    expect((await member.delete(`${base}/availability-exceptions/${own.body.id}`)).status).toBe(403);
    expect((await ggzRep.delete(`${base}/availability-exceptions/${own.body.id}`)).status).toBe(200);
    expect(await lastAudit()).toMatchObject({ action: 'availability_exception.delete', objectId: own.body.id });

    // An exception without a capability closes the partner for every capability.
    await coordinator.post(`${base}/availability-exceptions`, { partnerId: ggz, from: '2027-05-03', until: '2027-05-03', reason: 'Sluiting' });
    expect(await week()).toMatchObject({ coveredMinutes: 0 });
  });

  it('counts the covered hours of a 22:00–08:00 night slot right across both daylight-saving changes', async () => {
    const capability = await newCapability('Zomertijd', { windows: null, minPartners: 1 });
    expect((await coordinator.post(`${base}/availability-slots`, slot(capability, ggz))).status).toBe(201);
    const coverage = async (from: string, to: string) => (await observer.get(`${base}/coverage?capability=${capability}&from=${from}&to=${to}`)).body;

    // Saturday 27 → Sunday 28 March 2027: the clocks go forward, the night lasts 9 hours; the two days 47.
    const march = await coverage('2027-03-27', '2027-03-29');
    expect(march).toMatchObject({ requiredMinutes: 47 * 60, coveredMinutes: 9 * 60, from: '2027-03-27T00:00:00.000+01:00', to: '2027-03-29T00:00:00.000+02:00' });
    expect(march.gaps).toEqual([
      { from: '2027-03-27T00:00:00.000+01:00', to: '2027-03-27T22:00:00.000+01:00', have: 0, need: 1 },
      { from: '2027-03-28T08:00:00.000+02:00', to: '2027-03-29T00:00:00.000+02:00', have: 0, need: 1 },
    ]);
    expect(march.singlePointsOfFailure).toEqual([{ from: '2027-03-27T22:00:00.000+01:00', to: '2027-03-28T08:00:00.000+02:00', partner: { id: ggz, name: 'GGZ Noord' } }]);
    expect(march.availability).toEqual([{ partner: { id: ggz, name: 'GGZ Noord' }, intervals: [{ from: '2027-03-27T22:00:00.000+01:00', to: '2027-03-28T08:00:00.000+02:00' }] }]);

    // Saturday 30 → Sunday 31 October 2027: the clocks go back, the night lasts 11 hours; the two days 49.
    const october = await coverage('2027-10-30', '2027-11-01');
    expect(october).toMatchObject({ requiredMinutes: 49 * 60, coveredMinutes: 11 * 60 });
    expect(october.coveredShare).toBeCloseTo(11 / 49, 12);
    expect(october.singlePointsOfFailure).toEqual([{ from: '2027-10-30T22:00:00.000+02:00', to: '2027-10-31T08:00:00.000+01:00', partner: { id: ggz, name: 'GGZ Noord' } }]);

    // A requirement for exactly that night is fully covered on both weekends.
    await coordinator.put(`${base}/requirements/${capability}`, { windows: [{ weekday: 6, start: '22:00', end: '08:00' }], minPartners: 1 });
    expect(await coverage('2027-03-22', '2027-03-29')).toMatchObject({ requiredMinutes: 540, coveredMinutes: 540, coveredShare: 1, gaps: [] });
    expect(await coverage('2027-10-25', '2027-11-01')).toMatchObject({ requiredMinutes: 660, coveredMinutes: 660, coveredShare: 1, gaps: [] });
  });

  it('reports gaps with have/need and single points of failure against a minimum of two partners', async () => {
    const capability = await newCapability('Twee nodig', { windows: [{ weekday: 5, start: '20:00', end: '02:00' }], minPartners: 2 });
    await coordinator.post(`${base}/availability-slots`, slot(capability, ggz, { weekday: 5, start: '20:00', end: '02:00' }));
    await coordinator.post(`${base}/availability-slots`, slot(capability, lvb, { weekday: 5, start: '22:00', end: '00:00', contact: 'LVB-dienst, 0800 5555' }));
    // Friday 4 June 2027, 20:00 to Saturday 02:00 (summer time).
    const res = await member.get(`${base}/coverage?capability=${capability}&from=2027-05-31&to=2027-06-07`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ requiredMinutes: 360, coveredMinutes: 120 });
    expect(res.body.coveredShare).toBeCloseTo(1 / 3, 12);
    expect(res.body.gaps).toEqual([
      { from: '2027-06-04T20:00:00.000+02:00', to: '2027-06-04T22:00:00.000+02:00', have: 1, need: 2 },
      { from: '2027-06-05T00:00:00.000+02:00', to: '2027-06-05T02:00:00.000+02:00', have: 1, need: 2 },
    ]);
    expect(res.body.singlePointsOfFailure.map((s: { partner: { name: string }; from: string }) => [s.partner.name, s.from])).toEqual([
      ['GGZ Noord', '2027-06-04T20:00:00.000+02:00'],
      ['GGZ Noord', '2027-06-05T00:00:00.000+02:00'],
    ]);
  });

  it('validates the coverage period: from before to, at most 400 days, a known capability', async () => {
    const capability = await newCapability('Periode');
    const get = (query: string) => coordinator.get(`${base}/coverage?capability=${capability}&${query}`);
    expect((await get('from=2027-01-02&to=2027-01-01')).status).toBe(400);
    expect((await get('from=2027-01-01&to=2027-01-01')).status).toBe(400);
    expect((await get('from=2027-01-01&to=2028-02-06')).status).toBe(400);
    expect((await get('from=gisteren&to=2027-01-02')).status).toBe(400);
    expect((await get('from=2027-01-01')).status).toBe(400);
    const year = await get('from=2027-01-01&to=2028-01-01');
    expect(year.status).toBe(200);
    expect(year.body).toMatchObject({ requirement: null, requiredMinutes: 0, coveredShare: null, availability: null });
    expect((await get('from=2027-01-01T00:00:00%2B01:00&to=2027-01-02T06:00:00Z')).status).toBe(200);
    expect((await coordinator.get(`${base}/coverage?capability=${crypto.randomUUID()}&from=2027-01-01&to=2027-01-02`)).status).toBe(404);
  });

  it('answers "who can I call now?" for every role, by priority with the contact route, and names the escalation when nobody is there', async () => {
    const capability = (await coordinator.post(`${base}/capabilities`, { name: 'Nu bellen', escalation: 'Regionale crisisdienst, 0800 0123' })).body.id as string;
    await coordinator.post(`${base}/availability-slots`, slot(capability, opvang, { weekday: 3, start: '08:00', end: '20:00', priority: 2, contact: 'Opvang De Haven, 050 222 3333' }));
    await coordinator.post(`${base}/availability-slots`, slot(capability, ggz, { weekday: 3, start: '17:00', end: '09:00', priority: 1, contact: 'Crisisdienst GGZ Noord, 050 123 4567' }));
    await coordinator.post(`${base}/availability-slots`, slot(capability, lvb, { weekday: 3, start: '09:00', end: '17:00', priority: 3, validUntil: '2027-01-01' }));
    // Wednesday 9 June 2027, 18:30 summer time.
    for (const client of [member, observer, ggzRep, coordinator]) {
      const res = await client.get(`${base}/available-now?capability=${capability}&at=2027-06-09T18:30:00%2B02:00`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ at: '2027-06-09T18:30:00.000+02:00', capability: { name: 'Nu bellen', escalation: 'Regionale crisisdienst, 0800 0123' } });
      expect(res.body.partners).toEqual([
        { partner: { id: ggz, name: 'GGZ Noord' }, priority: 1, contact: 'Crisisdienst GGZ Noord, 050 123 4567' },
        { partner: { id: opvang, name: 'Crisisopvang De Haven' }, priority: 2, contact: 'Opvang De Haven, 050 222 3333' },
      ]);
    }
    // Thursday 03:00: the night slot of Wednesday still runs.
    const night = await member.get(`${base}/available-now?capability=${capability}&at=2027-06-10T01:00:00Z`);
    expect(night.body.partners.map((p: { partner: { id: string } }) => p.partner.id)).toEqual([ggz]);
    await ggzRep.post(`${base}/availability-exceptions`, { partnerId: ggz, from: '2027-06-09', until: '2027-06-10', reason: 'Verbouwing' });
    const nobody = await member.get(`${base}/available-now?capability=${capability}&at=2027-06-10T01:00:00Z`);
    expect(nobody.body.partners).toEqual([]);
    expect(nobody.body.capability.escalation).toBe('Regionale crisisdienst, 0800 0123');
    const now = await member.get(`${base}/available-now?capability=${capability}`);
    expect(now.status).toBe(200);
    expect(Math.abs(Date.parse(now.body.at) - Date.now())).toBeLessThan(60_000);
    expect((await member.get(`${base}/available-now?capability=${capability}&at=straks`)).status).toBe(400);
    expect((await member.get(`${base}/available-now`)).status).toBe(400);
  });
});
