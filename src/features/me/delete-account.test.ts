import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { answers, insertResponse, insertRound, rating } from '../../../test/helpers/round-data.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import { FORMER_PARTICIPANT, formerAddress } from './delete-my-account.ts';

const NAME = 'Ravi Pinas';
const EMAIL = 'ravi@ggznoord.example';
const PASSWORD = 'een-goed-wachtwoord';

describe.each(testDatabases)('deleting one\'s own account (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let representative: TestClient;
  let representativeId: string;
  let networkId: string;
  let roundId: string;
  let stepId: string;
  const db = () => app.runtime.deps.db;

  /** Every text, varchar and jsonb value in every table that contains the given text. */
  async function rowsNaming(text: string): Promise<string[]> {
    const { rows: columns } = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and data_type in ('text', 'character varying', 'jsonb', 'json')
    `.execute(db());
    const found: string[] = [];
    for (const c of columns) {
      const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(c.table_name)} where strpos(${sql.ref(c.column_name)}::text, ${text}) > 0`.execute(db());
      if (Number(rows[0]!.n) > 0) found.push(`${c.table_name}.${c.column_name}`);
    }
    return found;
  }

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    const ggz = await addPartner(app, networkId, 'GGZ Noord');
    const wijkteam = await addPartner(app, networkId, 'Wijkteam Zuid', 'wijkteam');
    representative = await invitePerson(app, coordinator, networkId, { name: NAME, email: EMAIL, role: 'representative', partnerId: ggz });
    representativeId = (await representative.get('/api/me')).body.user.id;
    const story = await representative.post(`/api/networks/${networkId}/steps`, { title: 'Warme overdracht oefenen', claim: true });
    expect(story.status).toBe(201);
    stepId = story.body.id;
    roundId = await insertRound(app, networkId, (await coordinator.get('/api/me')).body.user.id);
    await insertResponse(app, { networkId, roundId }, representativeId, ggz, answers({ partners: { [wijkteam]: rating(4, 2, 5) } }));
  });
  afterAll(() => app?.close());

  it('refuses a wrong password and an empty one, changing nothing', async () => {
    const wrong = await representative.request('DELETE', '/api/me', { password: 'niet-het-goede' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.details[0]).toMatchObject({ path: ['password'], code: 'wrong_password' });
    expect((await representative.request('DELETE', '/api/me', { password: '' })).status).toBe(400);
    expect((await representative.get('/api/me')).body.user.name).toBe(NAME);
  });

  it('refuses the only coordinator of a network and the only administrator, naming what to hand over', async () => {
    const res = await coordinator.request('DELETE', '/api/me', { password: 'beheer-wachtwoord-1' });
    expect(res.status).toBe(409);
    expect(res.body.error.details).toMatchObject({ code: 'only_coordinator', networks: [{ id: networkId, name: 'Crisisroute Jeugd Regio Noord' }] });
  });

  it('pseudonymises the person everywhere, ends the session, and keeps the round answer in the aggregates', async () => {
    expect(await rowsNaming(EMAIL)).not.toEqual([]);
    const res = await representative.request('DELETE', '/api/me', { password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ deleted: true, shownAs: FORMER_PARTICIPANT });
    expect((await representative.get('/api/me')).status).toBe(401);
    expect(await rowsNaming(NAME)).toEqual([]);
    expect(await rowsNaming(EMAIL)).toEqual([]);

    const user = await db().selectFrom('users').select(['name', 'email']).where('id', '=', representativeId).executeTakeFirstOrThrow();
    expect(user).toEqual({ name: FORMER_PARTICIPANT, email: formerAddress(representativeId) });
    expect(await db().selectFrom('sessions').select('id').where('user_id', '=', representativeId).execute()).toEqual([]);
    expect(await db().selectFrom('accounts').select('id').where('user_id', '=', representativeId).execute()).toEqual([]);
    expect(await db().selectFrom('network_members').select('id').where('user_id', '=', representativeId).execute()).toEqual([]);
    expect(await db().selectFrom('round_responses').select('id').where('round_id', '=', roundId).execute()).toHaveLength(1);
    const step = await db().selectFrom('steps').select(['status', 'claimed_by']).where('id', '=', stepId).executeTakeFirstOrThrow();
    expect(step).toEqual({ status: 'open', claimed_by: null });

    // What they wrote keeps its place, under the new name; the coordinator sees that they left.
    const steps = await coordinator.get(`/api/networks/${networkId}/steps/${stepId}`);
    expect(JSON.stringify(steps.body)).toContain(FORMER_PARTICIPANT);
    const audit = await coordinator.get(`/api/networks/${networkId}/audit`);
    expect(audit.body.items[0]).toMatchObject({ action: 'account.delete' });

    // Signing in with the old address and password fails.
    const signIn = await app.client().post('/api/auth/sign-in/email', { email: EMAIL, password: PASSWORD });
    expect(signIn.status).toBe(401);
  });
});
