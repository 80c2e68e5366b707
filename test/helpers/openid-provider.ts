import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestPerson {
  email: string;
  name: string;
  email_verified?: boolean;
  groups?: string[];
}

export const TEST_CLIENT = { id: 'ketenregie-test', secret: 'een-geheim-van-de-test-provider' };

/**
 * A real OpenID provider (the `oidc-provider` package) on loopback for the tests: code flow with
 * PKCE, its own signing key, and a sign-in page that signs in whoever the test names in
 * `signInAs` (the provider's own login is not what is tested). With `ownPages` the provider shows
 * its own login and consent pages instead (for a browser): the login typed there is the subject.
 */
export interface TestOpenIdProvider {
  issuer: string;
  people: Map<string, TestPerson>;
  /** The subject the next sign-in at the provider is for. */
  signInAs: string;
  /** Signs an ID token with the provider's own key, for tokens with wrong claims. */
  signIdToken(payload: Record<string, unknown>): string;
  /** A fetch for the app that lets a test change the ID token in the token endpoint's answer. */
  fetchWith(change: () => ((idToken: string) => string) | null): typeof fetch;
  /** Follows the authorization URL through the provider's sign-in; returns where the provider sends the browser back. */
  authorize(authorizationUrl: string): Promise<URL>;
  close(): Promise<void>;
}

function base64url(input: Buffer | string): string {
  return Buffer.from(input).toString('base64url');
}

export function decodeJwtPayload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

export async function startOpenIdProvider(options: { redirectUri: string; clients?: object[]; ownPages?: boolean }): Promise<TestOpenIdProvider> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const people = new Map<string, TestPerson>();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      { client_id: TEST_CLIENT.id, client_secret: TEST_CLIENT.secret, redirect_uris: [options.redirectUri], token_endpoint_auth_method: 'client_secret_basic' },
      ...((options.clients ?? []) as never[]),
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: ['test-cookie-key-1'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: options.ownPages === true } },
    ...(options.ownPages ? {} : { interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` } }),
    findAccount: (_ctx, sub) => {
      const person = people.get(sub);
      if (!person) return undefined;
      return { accountId: sub, claims: () => ({ sub, email_verified: true, ...person }) };
    },
  });
  const op: TestOpenIdProvider = {
    issuer,
    people,
    signInAs: '',
    signIdToken(payload) {
      const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'test-key' }));
      const body = base64url(JSON.stringify(payload));
      return `${header}.${body}.${base64url(sign('sha256', Buffer.from(`${header}.${body}`), privateKey as KeyObject))}`;
    },
    fetchWith(change) {
      return (async (input: string | URL | Request, init?: RequestInit) => {
        const res = await fetch(input, init);
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const changeToken = change();
        if (!changeToken || !url.endsWith('/token') || !res.ok) return res;
        const body = (await res.json()) as { id_token: string };
        body.id_token = changeToken(body.id_token);
        return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
      }) as typeof fetch;
    },
    async authorize(authorizationUrl) {
      const cookies = new Map<string, string>();
      let url = new URL(authorizationUrl);
      for (let hop = 0; hop < 10; hop++) {
        if (url.origin !== issuer) return url;
        const res = await fetch(url, { redirect: 'manual', headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
        for (const cookie of res.headers.getSetCookie()) {
          const [pair] = cookie.split(';');
          const eq = pair!.indexOf('=');
          cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
        }
        const location = res.headers.get('location');
        if (!location) throw new Error(`The provider answered ${res.status} without a redirect: ${await res.text()}`);
        url = new URL(location, url);
      }
      throw new Error('Too many redirects at the provider');
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const callback = provider.callback();
  server.on('request', (req, res) => {
    if (options.ownPages || !req.url?.startsWith('/interaction/')) return void callback(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      const accountId = op.signInAs;
      const grant = new provider.Grant({ accountId, clientId: details.params.client_id as string });
      grant.addOIDCScope('openid email profile');
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
    })().catch((err: unknown) => {
      res.statusCode = 500;
      res.end(String(err));
    });
  });
  return op;
}
