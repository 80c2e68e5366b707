import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { mailItemsTo } from '../../../test/helpers/mail-items.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('agreements (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  let base: string;
  let ggz: string;
  let ster: string;
  let wijkteam: string;
  let ggzRep: TestClient;
  let sterRep: TestClient;
  let wijkteamRep: TestClient;
  let member: TestClient;
  let observer: TestClient;

  const draft = (extra: Record<string, unknown> = {}) => ({
    kind: 'escalation',
    title: 'Risico’s melden',
    body: 'Een partner meldt een wachtlijst langer dan vier weken binnen een week.',
    ...extra,
  });
  const notificationsOf = async (email: string, kindName: string) =>
    app.runtime.deps.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['n.kind', 'n.params', 'n.link'])
      .where('u.email', '=', email)
      .where('n.kind', '=', kindName)
      .execute();
  const audit = async (action: string, objectId: string) =>
    app.runtime.deps.db.selectFrom('audit_events').select(['actor_id', 'details']).where('action', '=', action).where('object_id', '=', objectId).execute();

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    base = `/api/networks/${networkId}/agreements`;
    ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    ster = await addPartner(app, networkId, 'Stichting Ster', 'gehandicaptenzorg');
    wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    ggzRep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    sterRep = await invitePerson(app, coordinator, networkId, { name: 'Sara Ster', email: 'sara@ster.test', role: 'representative', partnerId: ster });
    wijkteamRep = await invitePerson(app, coordinator, networkId, { name: 'Wim Wijk', email: 'wim@wijkteam.test', role: 'representative', partnerId: wijkteam });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@ggz.test', role: 'member', partnerId: ggz });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
  });
  afterAll(() => app?.close());

  it('serves the ground-rules template in Dutch and English to every role', async () => {
    const nl = await observer.get(`${base}/template?kind=ground_rules&lang=nl`);
    expect(nl.status).toBe(200);
    expect(nl.body).toMatchObject({ kind: 'ground_rules', lang: 'nl', title: 'Omgangsregels' });
    expect(nl.body.body).toContain('## 1. Wie doet wat');
    const en = await member.get(`${base}/template?lang=en`);
    expect(en.body.body).toContain('## 4. Reflecting on our effectiveness');
    expect((await member.get(`${base}/template?lang=fr`)).status).toBe(400);
  });

  it('lets only the coordinator draft an agreement, with all partners as parties by default, audited and announced', async () => {
    for (const who of [ggzRep, member, observer]) expect((await who.post(base, draft())).status).toBe(403);
    const res = await coordinator.post(base, draft({ reviewOn: '2099-01-31', changeNote: 'Eerste opzet' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'escalation',
      title: 'Risico’s melden',
      status: 'draft',
      allPartners: true,
      reviewOn: '2099-01-31',
      reviewOverdue: false,
      currentVersion: 1,
      proposedVersion: null,
      versionInForce: null,
      proposal: null,
      createdBy: { name: 'Anna Beheer' },
    });
    expect(res.body.parties.map((p: any) => p.name)).toEqual(['GGZ Noord', 'Stichting Ster', 'Wijkteam Centrum']);
    expect(await audit('agreement.create', res.body.id)).toHaveLength(1);
    const notices = await notificationsOf('gert@ggz.test', 'agreementCreated');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.link).toBe(`/networks/${networkId}/agreements/${res.body.id}`);
    const mail = (await mailItemsTo(app, 'sara@ster.test')).find((m) => m.subject.startsWith('Nieuwe afspraak'));
    expect(mail?.subject).toBe('Nieuwe afspraak: Risico’s melden');
    expect(mail?.text).toContain('opgesteld');
    expect(mail?.text).not.toContain('drafted'); // one language per mail
    expect(await notificationsOf('mo@ggz.test', 'agreementCreated')).toHaveLength(0);
  });

  it('validates the input: strict body, known parties of this network, a review date not in the past', async () => {
    expect((await coordinator.post(base, draft({ colour: 'rood' }))).status).toBe(400);
    expect((await coordinator.post(base, draft({ kind: 'contract' }))).status).toBe(400);
    expect((await coordinator.post(base, draft({ body: '   ' }))).status).toBe(400);
    expect((await coordinator.post(base, draft({ reviewOn: '2020-01-01' }))).status).toBe(400);
    expect((await coordinator.post(base, draft({ reviewOn: '2099-02-30' }))).status).toBe(400);
    const elsewhere = await addPartner(app, await createNetwork(coordinator, 'Ander netwerk'), 'Vreemde partner');
    const res = await coordinator.post(base, draft({ partyIds: [ggz, elsewhere] }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });

  it('keeps versions immutable with author and change note, and answers a stale baseVersion with 409 and the current version', async () => {
    const a = (await coordinator.post(base, draft({ partyIds: [ggz, ster] }))).body;
    expect(a.allPartners).toBe(false);
    expect(a.parties.map((p: any) => p.name)).toEqual(['GGZ Noord', 'Stichting Ster']);
    const v2 = await ggzRep.post(`${base}/${a.id}/versions`, { baseVersion: 1, body: 'Een partner meldt een wachtlijst langer dan drie weken binnen twee dagen.', changeNote: 'Strenger' });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ version: 2, changeNote: 'Strenger', author: { name: 'Gert GGZ' } });
    const stale = await sterRep.post(`${base}/${a.id}/versions`, { baseVersion: 1, body: 'Iets anders', changeNote: 'Mijn versie' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toMatchObject({ currentVersion: 2, current: { version: 2, body: v2.body.body, author: { name: 'Gert GGZ' } } });
    // Not a party, not a writer, or no change note.
    expect((await wijkteamRep.post(`${base}/${a.id}/versions`, { baseVersion: 2, body: 'x y z', changeNote: 'n' })).status).toBe(403);
    expect((await member.post(`${base}/${a.id}/versions`, { baseVersion: 2, body: 'x y z', changeNote: 'n' })).status).toBe(403);
    expect((await observer.post(`${base}/${a.id}/versions`, { baseVersion: 2, body: 'x y z', changeNote: 'n' })).status).toBe(403);
    expect((await coordinator.post(`${base}/${a.id}/versions`, { baseVersion: 2, body: 'x y z' })).status).toBe(400);

    const list = await observer.get(`${base}/${a.id}/versions`);
    expect(list.body.items.map((v: any) => v.version)).toEqual([2, 1]);
    expect(list.body.items[0].body).toBeUndefined();
    expect((await member.get(`${base}/${a.id}/versions/1`)).body.body).toBe(draft().body);
    expect((await member.get(`${base}/${a.id}/versions/9`)).status).toBe(404);
    expect(await audit('agreement.version', a.id)).toHaveLength(1);
    expect(await notificationsOf('sara@ster.test', 'agreementVersionAdded')).toHaveLength(1);
    expect(await notificationsOf('wim@wijkteam.test', 'agreementVersionAdded')).toHaveLength(0);
  });

  it('gives a word-level diff between any two versions, in either order', async () => {
    const a = (await coordinator.post(base, draft({ body: 'Wij bellen binnen 2 uur terug' }))).body;
    await coordinator.post(`${base}/${a.id}/versions`, { baseVersion: 1, body: 'Wij bellen binnen 1 uur terug', changeNote: 'Sneller' });
    const res = await member.get(`${base}/${a.id}/diff?from=1&to=2`);
    expect(res.status).toBe(200);
    expect(res.body.parts).toEqual([
      { kind: 'same', text: 'Wij bellen binnen ' },
      { kind: 'removed', text: '2' },
      { kind: 'added', text: '1' },
      { kind: 'same', text: ' uur terug' },
    ]);
    const back = await member.get(`${base}/${a.id}/diff?from=2&to=1`);
    expect(back.body.parts.filter((p: any) => p.kind === 'added').map((p: any) => p.text)).toEqual(['2']);
    expect((await member.get(`${base}/${a.id}/diff?from=1&to=5`)).status).toBe(404);
    expect((await member.get(`${base}/${a.id}/diff?from=1`)).status).toBe(400);
  });

  it('runs the life cycle: proposed, objection with a reason blocks, consent of every party brings it into force', async () => {
    const a = (await coordinator.post(base, draft({ partyIds: [ggz, ster] }))).body;
    const url = `${base}/${a.id}`;
    expect((await ggzRep.post(`${url}/ratifications`, { version: 1, decision: 'consent' })).status).toBe(409); // not proposed yet
    expect((await ggzRep.post(`${url}/propose`, { version: 1 })).status).toBe(403);
    const proposed = await coordinator.post(`${url}/propose`, { version: 1 });
    expect(proposed.status).toBe(200);
    expect(proposed.body).toMatchObject({ status: 'proposed', proposedVersion: 1, proposal: { version: 1, consented: 0, objections: 0, waiting: 2 } });
    expect((await coordinator.post(`${url}/propose`, { version: 1 })).status).toBe(409);
    expect(await notificationsOf('sara@ster.test', 'agreementProposed')).toHaveLength(1);

    // Only a representative of a party, for its own partner, with a reason when objecting.
    for (const who of [coordinator, member, observer]) expect((await who.post(`${url}/ratifications`, { version: 1, decision: 'consent' })).status).toBe(403);
    expect((await wijkteamRep.post(`${url}/ratifications`, { version: 1, decision: 'consent' })).status).toBe(403);
    expect((await sterRep.post(`${url}/ratifications`, { version: 1, decision: 'objection' })).status).toBe(400);
    expect((await sterRep.post(`${url}/ratifications`, { version: 1, decision: 'objection', reason: '  ' })).status).toBe(400);
    expect((await sterRep.post(`${url}/ratifications`, { version: 2, decision: 'consent' })).status).toBe(409);
    expect((await sterRep.post(`${url}/ratifications`, { version: 1, decision: 'consent', partnerId: ggz })).status).toBe(400);

    const objected = await sterRep.post(`${url}/ratifications`, { version: 1, decision: 'objection', reason: 'Vier weken is te lang voor LVB-jongeren' });
    expect(objected.body.proposal).toMatchObject({ consented: 0, objections: 1, waiting: 1 });
    const consented = await ggzRep.post(`${url}/ratifications`, { version: 1, decision: 'consent' });
    expect(consented.body).toMatchObject({ status: 'proposed', proposal: { consented: 1, objections: 1, waiting: 0 } });

    // The objection with its reason is visible to every role.
    const seen = await observer.get(`${url}/ratifications`);
    expect(seen.status).toBe(200);
    expect(seen.body.proposedVersion).toBe(1);
    const sterRow = seen.body.parties.find((p: any) => p.partner.id === ster);
    expect(sterRow.proposed).toMatchObject({ decision: 'objection', reason: 'Vier weken is te lang voor LVB-jongeren', decidedBy: { name: 'Sara Ster' } });
    expect(seen.body.parties.find((p: any) => p.partner.id === ggz).proposed.decision).toBe('consent');
    expect(sterRow.inForce).toBeNull();
    const objectionNotice = await notificationsOf('gert@ggz.test', 'agreementObjected');
    expect(objectionNotice).toHaveLength(1);

    // Changing the decision: the last consent brings version 1 into force.
    const inForce = await sterRep.post(`${url}/ratifications`, { version: 1, decision: 'consent' });
    expect(inForce.body).toMatchObject({ status: 'in_force', versionInForce: 1, proposedVersion: null, proposal: null });
    expect(inForce.body.inForceSince).not.toBeNull();
    expect(await audit('agreement.in_force', a.id)).toHaveLength(1);
    expect(await notificationsOf('gert@ggz.test', 'agreementInForce')).toHaveLength(1);
    expect(await notificationsOf('beheer@ketenregie.test', 'agreementInForce')).toHaveLength(1);
    expect((await sterRep.post(`${url}/ratifications`, { version: 1, decision: 'objection', reason: 'Te laat' })).status).toBe(409);
  });

  it('keeps the version in force while a newer version is proposed, until that one is ratified', async () => {
    const a = (await coordinator.post(base, draft({ partyIds: [ggz, ster] }))).body;
    const url = `${base}/${a.id}`;
    await coordinator.post(`${url}/propose`, { version: 1 });
    await ggzRep.post(`${url}/ratifications`, { version: 1, decision: 'consent' });
    await sterRep.post(`${url}/ratifications`, { version: 1, decision: 'consent' });
    await sterRep.post(`${url}/versions`, { baseVersion: 1, body: 'Binnen drie dagen melden.', changeNote: 'Korter' });
    expect((await coordinator.post(`${url}/propose`, { version: 1 })).status).toBe(409); // only the latest
    const p2 = await coordinator.post(`${url}/propose`, { version: 2 });
    expect(p2.body).toMatchObject({ status: 'in_force', versionInForce: 1, proposedVersion: 2, proposal: { version: 2, waiting: 2 } });
    await ggzRep.post(`${url}/ratifications`, { version: 2, decision: 'objection', reason: 'Drie dagen halen wij niet in vakanties' });
    const r = await member.get(`${url}/ratifications`);
    expect(r.body).toMatchObject({ proposedVersion: 2, versionInForce: 1 });
    expect(r.body.parties.find((p: any) => p.partner.id === ggz)).toMatchObject({ proposed: { decision: 'objection' }, inForce: { decision: 'consent' } });
    expect(r.body.parties.find((p: any) => p.partner.id === ster)).toMatchObject({ proposed: { decision: 'waiting', decidedBy: null }, inForce: { decision: 'consent' } });
    await ggzRep.post(`${url}/ratifications`, { version: 2, decision: 'consent' });
    const done = await sterRep.post(`${url}/ratifications`, { version: 2, decision: 'consent' });
    expect(done.body).toMatchObject({ status: 'in_force', versionInForce: 2, proposedVersion: null });
  });

  it('lets only the coordinator change title, review date and parties; an added party must still consent', async () => {
    const a = (await coordinator.post(base, draft({ partyIds: [ggz] }))).body;
    const url = `${base}/${a.id}`;
    for (const who of [ggzRep, member, observer]) expect((await who.patch(url, { title: 'Anders' })).status).toBe(403);
    await coordinator.post(`${url}/propose`, { version: 1 });
    const changed = await coordinator.patch(url, { title: 'Signalen uit de achterban', reviewOn: '2099-06-01', partyIds: [ggz, ster] });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ title: 'Signalen uit de achterban', reviewOn: '2099-06-01', proposal: { waiting: 2 } });
    expect((await coordinator.patch(url, { reviewOn: '2001-01-01' })).status).toBe(400);
    expect((await coordinator.patch(url, { version: 3 })).status).toBe(400);
    await ggzRep.post(`${url}/ratifications`, { version: 1, decision: 'consent' });
    // Taking the waiting party out again: every remaining party consented, so it comes into force.
    const narrowed = await coordinator.patch(url, { partyIds: [ggz] });
    expect(narrowed.body).toMatchObject({ status: 'in_force', versionInForce: 1 });
    const cleared = await coordinator.patch(url, { reviewOn: null, partyIds: null });
    expect(cleared.body).toMatchObject({ reviewOn: null, allPartners: true });
    expect(cleared.body.parties).toHaveLength(3);
    const trail = await audit('agreement.update', a.id);
    expect(trail).toHaveLength(3);
    expect((await notificationsOf('wim@wijkteam.test', 'agreementChanged')).length).toBeGreaterThanOrEqual(1);
  });

  it('lets the coordinator end an agreement with a recorded reason; nothing changes afterwards', async () => {
    const a = (await coordinator.post(base, draft())).body;
    const url = `${base}/${a.id}`;
    expect((await ggzRep.post(`${url}/end`, { reason: 'Niet meer nodig' })).status).toBe(403);
    expect((await coordinator.post(`${url}/end`, {})).status).toBe(400);
    const ended = await coordinator.post(`${url}/end`, { reason: 'Opgegaan in de nieuwe omgangsregels' });
    expect(ended.body).toMatchObject({ status: 'ended', endReason: 'Opgegaan in de nieuwe omgangsregels', endedBy: { name: 'Anna Beheer' } });
    expect((await coordinator.post(`${url}/end`, { reason: 'Nog eens' })).status).toBe(409);
    expect((await coordinator.post(`${url}/versions`, { baseVersion: 1, body: 'Nieuw', changeNote: 'Na einde' })).status).toBe(409);
    expect((await coordinator.post(`${url}/propose`, { version: 1 })).status).toBe(409);
    expect((await coordinator.patch(url, { title: 'Weer open' })).status).toBe(409);
    const trail = await audit('agreement.end', a.id);
    expect(trail[0]!.details).toMatchObject({ reason: 'Opgegaan in de nieuwe omgangsregels' });
    expect(await notificationsOf('wim@wijkteam.test', 'agreementEnded')).toHaveLength(1);
  });

  it('lists agreements newest first with paging and filters by status and kind', async () => {
    const pending = (await coordinator.post(base, draft({ kind: 'information_sharing', title: 'Informatie delen' }))).body;
    await coordinator.post(`${base}/${pending.id}/propose`, { version: 1 });
    const all = await observer.get(`${base}?limit=200`);
    expect(all.status).toBe(200);
    const statuses = new Set(all.body.items.map((a: any) => a.status));
    expect([...statuses].sort()).toEqual(['draft', 'ended', 'in_force', 'proposed']);
    const times = all.body.items.map((a: any) => a.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    for (const status of ['draft', 'proposed', 'in_force', 'ended']) {
      const page = await member.get(`${base}?status=${status}`);
      expect(page.body.items.length).toBeGreaterThan(0);
      expect(page.body.items.every((a: any) => a.status === status)).toBe(true);
    }
    const esc = await member.get(`${base}?kind=escalation&status=draft`);
    expect(esc.body.items.every((a: any) => a.kind === 'escalation' && a.status === 'draft')).toBe(true);
    expect((await member.get(`${base}?kind=ground_rules`)).body.items).toEqual([]);
    const first = await member.get(`${base}?limit=2`);
    const second = await member.get(`${base}?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].id).toBe(all.body.items[2].id);
    expect((await member.get(`${base}?status=kapot`)).status).toBe(400);
  });

  it('answers 404 for an agreement of another network', async () => {
    const otherNetwork = await createNetwork(coordinator, 'Netwerk Zuid');
    const other = (await coordinator.post(`/api/networks/${otherNetwork}/agreements`, draft())).body;
    expect((await coordinator.get(`${base}/${other.id}`)).status).toBe(404);
    expect((await coordinator.get(`${base}/${other.id}/versions`)).status).toBe(404);
    expect((await coordinator.post(`${base}/${other.id}/propose`, { version: 1 })).status).toBe(404);
  });
});
