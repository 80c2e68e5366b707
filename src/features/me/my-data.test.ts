import { strFromU8, unzipSync } from 'fflate';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { answers, insertResponse, insertRound, rating } from '../../../test/helpers/round-data.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import { PERSON_REFERENCES, SECRET_COLUMNS } from '../../domain/personal-data.ts';

describe.each(testDatabases)('"Mijn gegevens": the export of everything about a person (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let representative: TestClient;
  let representativeId: string;
  let networkId: string;
  let files: Record<string, string>;
  let raw: Record<string, Uint8Array>;
  const db = () => app.runtime.deps.db;

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    const ggz = await addPartner(app, networkId, 'GGZ Noord');
    const wijkteam = await addPartner(app, networkId, 'Wijkteam Zuid', 'wijkteam');
    representative = await invitePerson(app, coordinator, networkId, { name: 'Ravi Pinas', email: 'ravi@ggznoord.example', role: 'representative', partnerId: ggz });
    representativeId = (await representative.get('/api/me')).body.user.id;
    // The representative writes a profile text and a step, and answers a closed round.
    const profile = await representative.request('PUT', `/api/networks/${networkId}/partners/${ggz}/profile`, {
      baseVersion: 0,
      ...Object.fromEntries(['drivers', 'interests', 'values', 'workLogic', 'offer', 'need', 'competences', 'constituency', 'constituencyRisks'].map((f) => [f, `Eigen tekst ${f}`])),
    });
    expect(profile.status).toBe(200);
    expect((await representative.post(`/api/networks/${networkId}/steps`, { title: 'Warme overdracht oefenen', claim: true })).status).toBe(201);
    const roundId = await insertRound(app, networkId, (await coordinator.get('/api/me')).body.user.id);
    await insertResponse(app, { networkId, roundId }, representativeId, ggz, answers({ partners: { [wijkteam]: rating(4, 2, 5) }, wentWell: 'GEHEIM-ANTWOORD-7431' }));

    const res = await representative.get('/api/me/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="mijn-gegevens-ketenregie-\d{4}-\d{2}-\d{2}\.zip"$/);
    raw = Object.fromEntries(Object.entries(unzipSync(res.bytes)).map(([name, data]) => [name.replace(/^mijn-gegevens\//, ''), data]));
    files = Object.fromEntries(Object.entries(raw).map(([name, data]) => [name, strFromU8(data)]));
  });
  afterAll(() => app?.close());

  it('covers every column that refers to a person: a new one fails here until it is given a rule', async () => {
    const { rows } = await sql<{ reference: string }>`
      select cls.relname || '.' || att.attname as reference
      from pg_constraint con
      join pg_class cls on cls.oid = con.conrelid
      join pg_attribute att on att.attrelid = con.conrelid and att.attnum = any(con.conkey)
      where con.contype = 'f' and con.confrelid = (select oid from pg_class where relname = 'users' and relkind = 'r' limit 1)
    `.execute(db());
    expect(rows.map((r) => r.reference).sort()).toEqual(Object.keys(PERSON_REFERENCES).sort());
  });

  it('holds the account, the roles, and every kind of record as JSON and CSV with the rows about the person', async () => {
    const account = JSON.parse(files['account.json']!);
    expect(account.account).toMatchObject({ id: representativeId, name: 'Ravi Pinas', email: 'ravi@ggznoord.example' });
    expect(account.roles).toEqual([expect.objectContaining({ network: 'Crisisroute Jeugd Regio Noord', role: 'representative', partner: 'GGZ Noord' })]);
    for (const [reference, rule] of Object.entries(PERSON_REFERENCES)) {
      if (rule.kind !== 'export') continue;
      const [table, column] = reference.split('.') as [string, string];
      const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${representativeId}`.execute(db());
      const exported = JSON.parse(files[`${rule.file}.json`]!) as unknown[];
      expect(exported, reference).toHaveLength(Number(rows[0]!.n));
      // UTF-8 with a byte order mark, so Dutch Excel reads the accents right.
      expect([...raw[`${rule.file}.csv`]!.subarray(0, 3)], reference).toEqual([0xef, 0xbb, 0xbf]);
    }
    expect(JSON.parse(files['profielteksten.json']!)[0]).toMatchObject({ drivers: 'Eigen tekst drivers' });
    expect(JSON.parse(files['stappen-opgepakt.json']!)[0]).toMatchObject({ title: 'Warme overdracht oefenen' });
    expect(JSON.parse(files['lidmaatschappen.json']!)).toHaveLength(1);
    expect(JSON.parse(files['e-mails.json']!).length).toBeGreaterThan(0);
    expect(files['LEESMIJ-README.txt']).toMatch(/Ravi Pinas <ravi@ggznoord\.example>/);
  });

  it('never holds round answers, passwords, tokens or mail bodies', () => {
    const everything = Object.values(files).join('\n');
    expect(everything).not.toContain('GEHEIM-ANTWOORD-7431');
    expect(Object.keys(files).some((f) => /antwoord|respons/i.test(f))).toBe(false);
    for (const [name, text] of Object.entries(files)) {
      if (!name.endsWith('.json')) continue;
      const rows = [JSON.parse(text)].flat(2) as Record<string, unknown>[];
      for (const row of rows) for (const key of Object.keys(row ?? {})) expect(SECRET_COLUMNS.has(key), `${name}: ${key}`).toBe(false);
    }
    expect(files['LEESMIJ-README.txt']).toMatch(/antwoorden op reflectierondes zitten er niet in/i);
  });

  it('is only for the signed-in person', async () => {
    const res = await app.client().get('/api/me/export');
    expect(res.status).toBe(401);
  });
});
