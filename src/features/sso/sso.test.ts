import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { decodeJwtPayload, startOpenIdProvider, TEST_CLIENT, type TestOpenIdProvider } from '../../../test/helpers/openid-provider.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { PUBLIC_URL, startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

const REDIRECT_URI = `${PUBLIC_URL}/api/sso/callback`;

describe.each(testDatabases)('single sign-on per partner organisation (%s)', (kind) => {
  let op: TestOpenIdProvider;
  let app: TestApp;
  let admin: TestClient;
  let networkId: string;
  let partnerId: string;
  let providerId: string;
  /** What the next token answer's ID token becomes; null: as the provider sent it. */
  let changeIdToken: ((idToken: string) => string) | null = null;

  beforeAll(async () => {
    op = await startOpenIdProvider({ redirectUri: REDIRECT_URI });
    app = await startTestApp(kind, {}, { oidcFetch: op.fetchWith(() => changeIdToken) });
    admin = await setUpAdmin(app);
    networkId = await createNetwork(admin);
    partnerId = await addPartner(app, networkId, 'Zorggroep Noord', 'ggz');
  });
  afterAll(async () => {
    await app?.close();
    await op?.close();
  });

  /** Starts a sign-in for `email` as `sub` at the provider; returns the callback URL and the browser's state cookie. */
  async function throughProvider(client: TestClient, email: string, sub: string) {
    const start = await client.post('/api/sso/start', { email });
    expect(start.status).toBe(200);
    expect(start.body.provider).toBe('Zorggroep Noord Entra ID');
    const stateCookie = start.headers.getSetCookie().find((c) => c.startsWith('ketenregie_sso_state='))!.split(';')[0]!;
    op.signInAs = sub;
    const callback = await op.authorize(start.body.redirectUrl);
    expect(callback.href.startsWith(REDIRECT_URI)).toBe(true);
    return { path: callback.pathname + callback.search, stateCookie };
  }

  /** The callback as the browser calls it, with the state cookie it holds. */
  async function callBack(path: string, stateCookie: string) {
    const res = await app.runtime.app.request(`${PUBLIC_URL}${path}`, { headers: { cookie: stateCookie } });
    return { status: res.status, location: res.headers.get('location'), sessionCookies: res.headers.getSetCookie().filter((c) => c.includes('session_token=') && !/max-age=0/i.test(c)) };
  }

  const accountsOf = (email: string) =>
    app.runtime.deps.db.selectFrom('users as u').innerJoin('accounts as a', 'a.user_id', 'u.id').select(['a.provider_id', 'a.account_id']).where('u.email', '=', email).execute();

  it('lets the administrator register a provider; the secret is stored encrypted and never shown', async () => {
    const bad = await admin.post('/api/admin/sso-providers', { name: 'X', issuer: 'http://login.example.nl', clientId: 'x', clientAuth: 'client_secret_basic', clientSecret: 's', domains: ['zorg.nl'] });
    expect(bad.status).toBe(400);
    const noDomain = await admin.post('/api/admin/sso-providers', { name: 'X', issuer: op.issuer, clientId: 'x', clientAuth: 'client_secret_basic', clientSecret: 's', domains: ['geen domein'] });
    expect(noDomain.status).toBe(400);

    const res = await admin.post('/api/admin/sso-providers', {
      name: 'Zorggroep Noord Entra ID',
      issuer: op.issuer,
      clientId: TEST_CLIENT.id,
      clientAuth: 'client_secret_basic',
      clientSecret: TEST_CLIENT.secret,
      domains: ['@Zorggroep-Noord.test'],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ issuer: op.issuer, clientId: TEST_CLIENT.id, domains: ['zorggroep-noord.test'], publicJwk: null });
    expect(JSON.stringify(res.body)).not.toContain(TEST_CLIENT.secret);
    providerId = res.body.id;
    const stored = await app.runtime.deps.db.selectFrom('sso_providers').select('client_credential').where('id', '=', providerId).executeTakeFirstOrThrow();
    expect(stored.client_credential).not.toContain(TEST_CLIENT.secret);
    expect(stored.client_credential).toMatch(/^v1\./);

    const list = await admin.get('/api/admin/sso-providers');
    expect(list.body.redirectUri).toBe(REDIRECT_URI);
    expect(JSON.stringify(list.body)).not.toContain(TEST_CLIENT.secret);

    const taken = await admin.post('/api/admin/sso-providers', { name: 'Ander', issuer: 'https://login.ander.test', clientId: 'y', clientAuth: 'client_secret_basic', clientSecret: 's', domains: ['zorggroep-noord.test'] });
    expect(taken.status).toBe(409);

    const jwt = await admin.post('/api/admin/sso-providers', { name: 'Gemeente', issuer: 'https://login.gemeente.test', clientId: 'g', clientAuth: 'private_key_jwt', domains: ['gemeente.test'] });
    expect(jwt.status).toBe(201);
    expect(jwt.body.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
    expect(jwt.body.publicJwk.d).toBeUndefined();
  });

  it('lets the administrator change a provider; the stored secret stays unless a new one is given', async () => {
    const credential = () => app.runtime.deps.db.selectFrom('sso_providers').select(['client_credential', 'public_jwk']).where('id', '=', providerId).executeTakeFirstOrThrow();
    const before = await credential();
    const res = await admin.patch(`/api/admin/sso-providers/${providerId}`, { domains: ['zorggroep-noord.test', 'Zorggroep-Noord.example'] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Zorggroep Noord Entra ID', clientAuth: 'client_secret_basic', domains: ['zorggroep-noord.example', 'zorggroep-noord.test'] });
    expect(await credential()).toEqual(before);
    expect((await app.client().post('/api/sso/start', { email: 'iemand@zorggroep-noord.example' })).body.provider).toBe('Zorggroep Noord Entra ID');

    expect((await admin.patch(`/api/admin/sso-providers/${providerId}`, {})).status).toBe(400);
    expect((await admin.patch(`/api/admin/sso-providers/${providerId}`, { domains: ['geen domein'] })).status).toBe(400);
    expect((await admin.patch(`/api/admin/sso-providers/${providerId}`, { issuer: 'http://login.example.nl' })).status).toBe(400);
    expect((await admin.patch(`/api/admin/sso-providers/${providerId}`, { domains: ['gemeente.test'] })).status).toBe(409);
    expect((await admin.patch(`/api/admin/sso-providers/${crypto.randomUUID()}`, { name: 'Niemand' })).status).toBe(404);
    expect(await credential()).toEqual(before);

    // Switching the gemeente's provider from private_key_jwt to a secret needs the secret, and drops the public key.
    const gemeente = (await admin.get('/api/admin/sso-providers')).body.providers.find((p: { name: string }) => p.name === 'Gemeente');
    expect((await admin.patch(`/api/admin/sso-providers/${gemeente.id}`, { clientAuth: 'client_secret_basic' })).status).toBe(400);
    const switched = await admin.patch(`/api/admin/sso-providers/${gemeente.id}`, { name: 'Gemeente Stad', clientAuth: 'client_secret_basic', clientSecret: 'een-nieuw-geheim' });
    expect(switched.status).toBe(200);
    expect(switched.body).toMatchObject({ name: 'Gemeente Stad', clientAuth: 'client_secret_basic', publicJwk: null, domains: ['gemeente.test'] });
    expect(JSON.stringify((await admin.get('/api/admin/sso-providers')).body)).not.toContain('een-nieuw-geheim');
    const back = await admin.patch(`/api/admin/sso-providers/${gemeente.id}`, { clientAuth: 'private_key_jwt' });
    expect(back.body.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256' });

    const restored = await admin.patch(`/api/admin/sso-providers/${providerId}`, { domains: ['zorggroep-noord.test'] });
    expect(restored.body.domains).toEqual(['zorggroep-noord.test']);
  });

  it('refuses providers to anyone but the administrator, and links to anyone but the coordinator', async () => {
    const member = await invitePerson(app, admin, networkId, { name: 'Mia Lid', email: 'mia@elders.test', role: 'member', partnerId });
    expect((await member.get('/api/admin/sso-providers')).status).toBe(403);
    expect((await member.post('/api/admin/sso-providers', { name: 'X', issuer: 'https://x.test', clientId: 'x', clientAuth: 'client_secret_basic', clientSecret: 's', domains: ['x.test'] })).status).toBe(403);
    expect((await member.get(`/api/networks/${networkId}/sso-links`)).status).toBe(403);
    expect((await member.post(`/api/networks/${networkId}/sso-links`, { providerId, partnerId, rules: [], defaultRole: 'member', requiresApproval: false })).status).toBe(403);
    expect((await member.patch(`/api/admin/sso-providers/${providerId}`, { name: 'Overgenomen' })).status).toBe(403);
  });

  it('lets the coordinator link the provider to a partner with a group → role mapping', async () => {
    const res = await admin.post(`/api/networks/${networkId}/sso-links`, {
      providerId,
      partnerId,
      rules: [{ claim: 'groups', value: 'ketenregie-vertegenwoordiger', role: 'representative' }],
      defaultRole: 'member',
      requiresApproval: false,
    });
    expect(res.status).toBe(201);
    const again = await admin.post(`/api/networks/${networkId}/sso-links`, { providerId, partnerId, rules: [], defaultRole: 'member', requiresApproval: false });
    expect(again.status).toBe(409);
    const links = await admin.get(`/api/networks/${networkId}/sso-links`);
    expect(links.body.links).toEqual([expect.objectContaining({ providerName: 'Zorggroep Noord Entra ID', partnerName: 'Zorggroep Noord', defaultRole: 'member' })]);
  });

  it('lets the coordinator change a link, and nobody else', async () => {
    const linkId = (await admin.get(`/api/networks/${networkId}/sso-links`)).body.links[0].id;
    const mapping = { rules: [{ claim: 'groups', value: 'ketenregie-vertegenwoordiger', role: 'representative' }], defaultRole: 'member', requiresApproval: false };
    const changed = await admin.patch(`/api/networks/${networkId}/sso-links/${linkId}`, { ...mapping, defaultRole: null, requiresApproval: true });
    expect(changed.status).toBe(204);
    expect((await admin.get(`/api/networks/${networkId}/sso-links`)).body.links[0]).toMatchObject({ defaultRole: null, requiresApproval: true, rules: mapping.rules });
    expect((await admin.patch(`/api/networks/${networkId}/sso-links/${linkId}`, { ...mapping, defaultRole: 'coordinator' })).status).toBe(400);
    expect((await admin.patch(`/api/networks/${networkId}/sso-links/${crypto.randomUUID()}`, mapping)).status).toBe(404);
    const member = await invitePerson(app, admin, networkId, { name: 'Max Lid', email: 'max@elders.test', role: 'member', partnerId });
    expect((await member.patch(`/api/networks/${networkId}/sso-links/${linkId}`, { ...mapping, defaultRole: 'representative' })).status).toBe(403);
    expect((await admin.patch(`/api/networks/${networkId}/sso-links/${linkId}`, mapping)).status).toBe(204);
    expect((await admin.get(`/api/networks/${networkId}/sso-links`)).body.links[0]).toMatchObject({ defaultRole: 'member', requiresApproval: false });
  });

  it('sends an address of another domain to the password', async () => {
    const res = await app.client().post('/api/sso/start', { email: 'iemand@elders.test' });
    expect(res.body).toEqual({ provider: null, redirectUrl: null });
  });

  it('signs a new person in through the provider: code flow with PKCE, state and nonce; account and role from the mapping', async () => {
    op.people.set('anna-sub', { email: 'anna@zorggroep-noord.test', name: 'Anna de Vries', groups: ['medewerkers', 'ketenregie-vertegenwoordiger'] });
    const browser = app.client();
    const start = await browser.post('/api/sso/start', { email: 'anna@zorggroep-noord.test' });
    const authorization = new URL(start.body.redirectUrl);
    expect(authorization.origin).toBe(op.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('code_challenge')).toBeTruthy();
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    expect(authorization.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);

    const { path, stateCookie } = await throughProvider(app.client(), 'anna@zorggroep-noord.test', 'anna-sub');
    const res = await callBack(path, stateCookie);
    expect(res.location).toBe('/');
    expect(res.sessionCookies).toHaveLength(1);

    const me = await app.runtime.app.request(`${PUBLIC_URL}/api/me`, { headers: { cookie: res.sessionCookies[0]!.split(';')[0]! } });
    const body = (await me.json()) as { user: { email: string; name: string } };
    expect(body.user).toMatchObject({ email: 'anna@zorggroep-noord.test', name: 'Anna de Vries' });
    expect(await accountsOf('anna@zorggroep-noord.test')).toEqual([{ provider_id: `sso:${providerId}`, account_id: 'anna-sub' }]);
    const membership = await app.runtime.deps.db.selectFrom('network_members as m').innerJoin('users as u', 'u.id', 'm.user_id').select(['m.role', 'm.partner_id']).where('u.email', '=', 'anna@zorggroep-noord.test').execute();
    expect(membership).toEqual([{ role: 'representative', partner_id: partnerId }]);

    // The second time the same identity signs in to the same account.
    const second = await throughProvider(app.client(), 'anna@zorggroep-noord.test', 'anna-sub');
    expect((await callBack(second.path, second.stateCookie)).sessionCookies).toHaveLength(1);
    expect(await app.runtime.deps.db.selectFrom('users').select('id').where('email', '=', 'anna@zorggroep-noord.test').execute()).toHaveLength(1);
  });

  it('refuses a replayed state', async () => {
    op.people.set('bas-sub', { email: 'bas@zorggroep-noord.test', name: 'Bas' });
    const { path, stateCookie } = await throughProvider(app.client(), 'bas@zorggroep-noord.test', 'bas-sub');
    expect((await callBack(path, stateCookie)).sessionCookies).toHaveLength(1);
    const replay = await callBack(path, stateCookie);
    expect(replay.location).toBe('/login?sso=refused');
    expect(replay.sessionCookies).toHaveLength(0);
    // A state from another browser (no cookie, or another one) is refused as well.
    const other = await throughProvider(app.client(), 'bas@zorggroep-noord.test', 'bas-sub');
    expect((await callBack(other.path, 'ketenregie_sso_state=iets-anders')).location).toBe('/login?sso=refused');
  });

  const resign = (change: (claims: Record<string, unknown>) => Record<string, unknown>) => (idToken: string) => op.signIdToken(change(decodeJwtPayload(idToken)));
  const refusals: [string, (idToken: string) => string][] = [
    ['a wrong issuer', resign((c) => ({ ...c, iss: 'http://127.0.0.1:1' }))],
    ['a wrong audience', resign((c) => ({ ...c, aud: 'een-andere-client' }))],
    ['an expired token', resign((c) => ({ ...c, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 }))],
    [
      'a tampered signature',
      (idToken) => {
        const [header, , signature] = idToken.split('.');
        const payload = Buffer.from(JSON.stringify({ ...decodeJwtPayload(idToken), name: 'Iemand anders', groups: ['ketenregie-vertegenwoordiger'] })).toString('base64url');
        return `${header}.${payload}.${signature}`;
      },
    ],
  ];

  it.each(refusals)('refuses %s', async (_what, change) => {
    const sub = `sub-${crypto.randomUUID()}`;
    const email = `${sub}@zorggroep-noord.test`;
    op.people.set(sub, { email, name: 'Weigering' });
    // The unchanged token is accepted, so the refusal below is the change's doing.
    const control = await throughProvider(app.client(), email, sub);
    changeIdToken = change;
    try {
      const { path, stateCookie } = await throughProvider(app.client(), email, sub);
      const res = await callBack(path, stateCookie);
      expect(res.location).toBe('/login?sso=refused');
      expect(res.sessionCookies).toHaveLength(0);
    } finally {
      changeIdToken = null;
    }
    expect(await accountsOf(email)).toEqual([]);
    expect((await callBack(control.path, control.stateCookie)).sessionCookies).toHaveLength(1);
  });

  it('links an existing account with the same e-mail only after its password', async () => {
    await invitePerson(app, admin, networkId, { name: 'Carla Bestaand', email: 'carla@zorggroep-noord.test', role: 'member', partnerId });
    op.people.set('carla-sub', { email: 'carla@zorggroep-noord.test', name: 'Carla', groups: ['ketenregie-vertegenwoordiger'] });
    const { path, stateCookie } = await throughProvider(app.client(), 'carla@zorggroep-noord.test', 'carla-sub');
    const res = await callBack(path, stateCookie);
    expect(res.sessionCookies).toHaveLength(0);
    expect(res.location).toMatch(/^\/sso-link\//);
    const token = decodeURIComponent(res.location!.slice('/sso-link/'.length));

    const browser = app.client();
    expect((await browser.get(`/api/sso/link/${token}`)).body).toEqual({ email: 'carla@zorggroep-noord.test', providerName: 'Zorggroep Noord Entra ID' });
    const wrong = await browser.post(`/api/sso/link/${token}`, { password: 'niet-het-wachtwoord' });
    expect(wrong.status).toBe(401);
    expect(browser.signedIn).toBe(false);
    expect(await accountsOf('carla@zorggroep-noord.test')).toEqual([expect.objectContaining({ provider_id: 'credential' })]);

    const right = await browser.post(`/api/sso/link/${token}`, { password: 'een-goed-wachtwoord' });
    expect(right.status).toBe(200);
    expect(browser.signedIn).toBe(true);
    expect((await accountsOf('carla@zorggroep-noord.test')).map((a) => a.provider_id).sort()).toEqual(['credential', `sso:${providerId}`]);
    expect((await browser.post(`/api/sso/link/${token}`, { password: 'een-goed-wachtwoord' })).status).toBe(404);

    // From now on the provider signs Carla in directly.
    const next = await throughProvider(app.client(), 'carla@zorggroep-noord.test', 'carla-sub');
    expect((await callBack(next.path, next.stateCookie)).sessionCookies).toHaveLength(1);
  });

  it('lets the coordinator require approval: the person waits until admitted', async () => {
    const otherNetwork = await createNetwork(admin, 'Wijkteams Zuid');
    const otherPartner = await addPartner(app, otherNetwork, 'Zorggroep Noord', 'ggz');
    const link = await admin.post(`/api/networks/${otherNetwork}/sso-links`, { providerId, partnerId: otherPartner, rules: [], defaultRole: 'member', requiresApproval: true });
    expect(link.status).toBe(201);
    op.people.set('dirk-sub', { email: 'dirk@zorggroep-noord.test', name: 'Dirk Wacht' });
    const { path, stateCookie } = await throughProvider(app.client(), 'dirk@zorggroep-noord.test', 'dirk-sub');
    expect((await callBack(path, stateCookie)).location).toBe('/?sso=pending');

    const roles = () =>
      app.runtime.deps.db.selectFrom('network_members as m').innerJoin('users as u', 'u.id', 'm.user_id').select(['m.network_id', 'm.role']).where('u.email', '=', 'dirk@zorggroep-noord.test').orderBy('m.network_id').execute();
    expect(await roles()).toEqual([{ network_id: networkId, role: 'member' }]);
    const list = await admin.get(`/api/networks/${otherNetwork}/sso-links`);
    expect(list.body.pending).toEqual([expect.objectContaining({ name: 'Dirk Wacht', email: 'dirk@zorggroep-noord.test', role: 'member', partnerName: 'Zorggroep Noord' })]);
    const decide = await admin.post(`/api/networks/${otherNetwork}/sso-pending/${list.body.pending[0].id}`, { approve: true });
    expect(decide.status).toBe(204);
    expect((await roles()).map((r) => r.network_id).sort()).toEqual([networkId, otherNetwork].sort());
    expect((await admin.get(`/api/networks/${otherNetwork}/sso-links`)).body.pending).toEqual([]);
  });
  it('signs in with private_key_jwt client authentication: the provider accepts the key it was given, and no other', async () => {
    const gemeente = (await admin.get('/api/admin/sso-providers')).body.providers.find((p: { domains: string[] }) => p.domains.includes('gemeente.test'));
    expect(gemeente.clientAuth).toBe('private_key_jwt');
    // The administrator registers the installation's public key at the provider as the client's JWKS.
    const jwtOp = await startOpenIdProvider({
      redirectUri: REDIRECT_URI,
      clients: [{ client_id: 'ketenregie-jwt', redirect_uris: [REDIRECT_URI], token_endpoint_auth_method: 'private_key_jwt', token_endpoint_auth_signing_alg: 'ES256', jwks: { keys: [gemeente.publicJwk] } }],
    });
    try {
      expect((await admin.patch(`/api/admin/sso-providers/${gemeente.id}`, { issuer: jwtOp.issuer, clientId: 'ketenregie-jwt' })).status).toBe(200);
      jwtOp.people.set('gijs-sub', { email: 'gijs@gemeente.test', name: 'Gijs Gemeente' });
      const signIn = async () => {
        const start = await app.client().post('/api/sso/start', { email: 'gijs@gemeente.test' });
        expect(new URL(start.body.redirectUrl).origin).toBe(jwtOp.issuer);
        const stateCookie = start.headers.getSetCookie().find((c) => c.startsWith('ketenregie_sso_state='))!.split(';')[0]!;
        jwtOp.signInAs = 'gijs-sub';
        const callback = await jwtOp.authorize(start.body.redirectUrl);
        return callBack(callback.pathname + callback.search, stateCookie);
      };
      const res = await signIn();
      expect(res.location).toBe('/');
      expect(res.sessionCookies).toHaveLength(1);
      expect(await accountsOf('gijs@gemeente.test')).toEqual([{ provider_id: `sso:${gemeente.id}`, account_id: 'gijs-sub' }]);

      // A new key pair that the provider does not know: the token request is refused.
      const rekeyed = await admin.patch(`/api/admin/sso-providers/${gemeente.id}`, { newKeyPair: true });
      expect(rekeyed.body.publicJwk.kid).not.toBe(gemeente.publicJwk.kid);
      const refused = await signIn();
      expect(refused.location).toBe('/login?sso=refused');
      expect(refused.sessionCookies).toHaveLength(0);
    } finally {
      await jwtOp.close();
    }
  });
});
