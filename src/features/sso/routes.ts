import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { conflictResponse, errorResponses, IdParam, jsonBody, jsonResponse, NetworkParams, Timestamp } from '../../http/openapi.ts';
import { newRouter } from '../../http/router.ts';
import { actorOf, callerOf, requireUser } from '../../http/session.ts';
import { Email } from '../accounts/account-fields.ts';
import { getSsoLinkRequest, linkSsoAccount } from './link-account.ts';
import { decideSsoMember, linkSsoProvider, listSsoLinks, unlinkSsoProvider, updateSsoLink } from './links.ts';
import { listSsoProviders, registerSsoProvider, removeSsoProvider, updateSsoProvider } from './providers.ts';
import { finishSsoSignIn, SsoRefused, startSsoSession, startSsoSignIn } from './sign-in.ts';

const tags = ['single sign-on'];
/** Binds a sign-in to the browser that started it (login CSRF): the callback's state must match. */
const STATE_COOKIE = 'ketenregie_sso_state';

const ClientAuth = z.enum(['client_secret_basic', 'private_key_jwt']);
const SsoRoleSchema = z.enum(['representative', 'member']);
const ProviderParams = z.object({ providerId: IdParam.openapi({ param: { name: 'providerId', in: 'path' } }) });
const LinkParams = NetworkParams.extend({ linkId: IdParam.openapi({ param: { name: 'linkId', in: 'path' } }) });
const PendingParams = NetworkParams.extend({ pendingId: IdParam.openapi({ param: { name: 'pendingId', in: 'path' } }) });

const Provider = z
  .object({
    id: z.uuid(),
    name: z.string(),
    issuer: z.string(),
    clientId: z.string(),
    clientAuth: ClientAuth,
    publicJwk: z.record(z.string(), z.string()).nullable().openapi({ description: 'For private_key_jwt: the public key to register at the provider' }),
    domains: z.array(z.string()),
    createdAt: Timestamp,
  })
  .openapi('SsoProvider');

const NewProvider = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    issuer: z.string().trim().min(8).max(500).openapi({ example: 'https://login.microsoftonline.com/<tenant-id>/v2.0' }),
    clientId: z.string().trim().min(1).max(500),
    clientAuth: ClientAuth,
    clientSecret: z.string().min(1).max(2000).optional().openapi({ description: 'Required for client_secret_basic; stored encrypted, never shown again' }),
    domains: z.array(z.string().max(253)).min(1).max(50),
  })
  .openapi('NewSsoProvider');

const ProviderChange = NewProvider.extend({
  newKeyPair: z.boolean().optional().openapi({ description: 'For private_key_jwt: make a new key pair; register its public key at the provider' }),
})
  .partial()
  .refine((change) => Object.keys(change).length > 0, { message: 'Give at least one field to change' })
  .openapi('SsoProviderChange');

const RoleRule = z.strictObject({ claim: z.string().trim().min(1).max(100), value: z.string().trim().min(1).max(500), role: SsoRoleSchema }).openapi('SsoRoleRule');

const NewLink = z
  .strictObject({
    providerId: z.uuid(),
    partnerId: z.uuid(),
    rules: z.array(RoleRule).max(20),
    defaultRole: SsoRoleSchema.nullable().openapi({ description: 'The role when no rule matches; null: no role then' }),
    requiresApproval: z.boolean(),
  })
  .openapi('NewSsoLink');

const LinkChange = NewLink.omit({ providerId: true, partnerId: true }).openapi('SsoLinkChange');

const Links = z
  .object({
    providers: z.array(z.object({ id: z.uuid(), name: z.string(), domains: z.array(z.string()) })),
    links: z.array(
      z.object({
        id: z.uuid(),
        providerId: z.uuid(),
        providerName: z.string(),
        partnerId: z.uuid(),
        partnerName: z.string(),
        rules: z.array(RoleRule),
        defaultRole: SsoRoleSchema.nullable(),
        requiresApproval: z.boolean(),
        createdAt: Timestamp,
      }),
    ),
    pending: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: SsoRoleSchema, partnerName: z.string(), createdAt: Timestamp })),
  })
  .openapi('SsoLinks');

const LinkToken = z.string().min(20).max(100);

export const ssoRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/sso-providers',
      tags,
      summary: 'Identity providers of this installation (administrator), with the redirect URI to register',
      responses: { 200: jsonResponse(z.object({ redirectUri: z.string(), providers: z.array(Provider) }).openapi('SsoProviders'), 'Providers'), ...errorResponses },
    }),
    async (c) => c.json(await listSsoProviders(c.var.deps, { userId: requireUser(c).id }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/sso-providers',
      tags,
      summary: 'Register an OpenID Connect provider and the e-mail domains it serves (administrator)',
      request: { body: jsonBody(NewProvider) },
      responses: { 201: jsonResponse(Provider, 'Registered'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await registerSsoProvider(c.var.deps, { actor: actorOf(c), provider: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/admin/sso-providers/{providerId}',
      tags,
      summary: 'Change an identity provider (administrator); the stored secret stays unless a new one is given',
      request: { params: ProviderParams, body: jsonBody(ProviderChange) },
      responses: { 200: jsonResponse(Provider, 'Changed'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await updateSsoProvider(c.var.deps, { actor: actorOf(c), providerId: c.req.valid('param').providerId, change: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/admin/sso-providers/{providerId}',
      tags,
      summary: 'Remove an identity provider (administrator); accounts stay, with their password if they have one',
      request: { params: ProviderParams },
      responses: { 204: { description: 'Removed' }, ...errorResponses },
    }),
    async (c) => {
      await removeSsoProvider(c.var.deps, { actor: actorOf(c), providerId: c.req.valid('param').providerId });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/networks/{networkId}/sso-links',
      tags,
      summary: "The network's partners linked to identity providers, and who waits for approval (coordinator)",
      request: { params: NetworkParams },
      responses: { 200: jsonResponse(Links, 'Links'), ...errorResponses },
    }),
    async (c) => c.json(await listSsoLinks(c.var.deps, callerOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/sso-links',
      tags,
      summary: 'Link a partner to an identity provider with a claim → role mapping (coordinator)',
      request: { params: NetworkParams, body: jsonBody(NewLink) },
      responses: { 201: jsonResponse(z.object({ id: z.uuid() }), 'Linked'), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json(await linkSsoProvider(c.var.deps, { ...callerOf(c), link: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/networks/{networkId}/sso-links/{linkId}',
      tags,
      summary: "Change a link's claim → role mapping and approval (coordinator); applies from the next sign-in",
      request: { params: LinkParams, body: jsonBody(LinkChange) },
      responses: { 204: { description: 'Changed' }, ...errorResponses },
    }),
    async (c) => {
      await updateSsoLink(c.var.deps, { ...callerOf(c), linkId: c.req.valid('param').linkId, change: c.req.valid('json') });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/networks/{networkId}/sso-links/{linkId}',
      tags,
      summary: 'End a link (coordinator); memberships made through it stay',
      request: { params: LinkParams },
      responses: { 204: { description: 'Removed' }, ...errorResponses },
    }),
    async (c) => {
      await unlinkSsoProvider(c.var.deps, { ...callerOf(c), linkId: c.req.valid('param').linkId });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/networks/{networkId}/sso-pending/{pendingId}',
      tags,
      summary: 'Admit or turn away a person who signed in through a link that asks for approval (coordinator)',
      request: { params: PendingParams, body: jsonBody(z.strictObject({ approve: z.boolean() })) },
      responses: { 204: { description: 'Decided' }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      await decideSsoMember(c.var.deps, { ...callerOf(c), pendingId: c.req.valid('param').pendingId, approve: c.req.valid('json').approve });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sso/start',
      tags,
      summary: 'Sign-in, first step: where this e-mail address signs in (its provider, or the password)',
      request: { body: jsonBody(z.strictObject({ email: Email })) },
      responses: {
        200: jsonResponse(
          z.object({ provider: z.string().nullable(), redirectUrl: z.string().nullable().openapi({ description: 'Go here to sign in; null: sign in with the password' }) }).openapi('SsoStart'),
          'Where to sign in',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { provider, redirectUrl, state } = await startSsoSignIn(c.var.deps, c.req.valid('json'));
      if (state) {
        const secure = c.var.deps.config.publicUrl.startsWith('https://');
        setCookie(c, STATE_COOKIE, state, { httpOnly: true, sameSite: 'Lax', path: '/api/sso', maxAge: 600, secure });
      }
      return c.json({ provider, redirectUrl }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sso/callback',
      tags,
      summary: 'Where the provider sends the browser back (the redirect URI to register); redirects to the app',
      request: { query: z.object({ code: z.string().max(2000).optional(), state: z.string().max(500).optional(), error: z.string().max(200).optional(), iss: z.string().max(500).optional() }) },
      responses: { 302: { description: 'To the app: signed in, to the password step that links the account, or back to sign-in with sso=refused' } },
    }),
    async (c) => {
      const deps = c.var.deps;
      const browserState = getCookie(c, STATE_COOKIE);
      deleteCookie(c, STATE_COOKIE, { path: '/api/sso' });
      try {
        const callbackUrl = new URL(c.req.url);
        const redirect = new URL(deps.config.publicUrl + '/api/sso/callback');
        redirect.search = callbackUrl.search;
        const outcome = await finishSsoSignIn(deps, { callbackUrl: redirect, browserState, ip: c.get('clientIp') });
        if (outcome.kind === 'link') return c.redirect(`/sso-link/${encodeURIComponent(outcome.token)}`, 302);
        for (const cookie of await startSsoSession(deps, { userId: outcome.userId, headers: c.req.raw.headers })) c.header('set-cookie', cookie, { append: true });
        return c.redirect(outcome.pending > 0 ? '/?sso=pending' : '/', 302);
      } catch (err) {
        if (!(err instanceof SsoRefused)) throw err;
        console.warn(`${err.message}${err.cause instanceof Error ? ` (${err.cause.message})` : ''}`);
        return c.redirect('/login?sso=refused', 302);
      }
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sso/link/{token}',
      tags,
      summary: 'A pending link of a provider identity to an existing account: which account',
      request: { params: z.object({ token: LinkToken.openapi({ param: { name: 'token', in: 'path' } }) }) },
      responses: { 200: jsonResponse(z.object({ email: z.string(), providerName: z.string() }).openapi('SsoLinkRequest'), 'The account'), ...errorResponses },
    }),
    async (c) => c.json(await getSsoLinkRequest(c.var.deps, c.req.valid('param')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sso/link/{token}',
      tags,
      summary: "Link the provider identity to the existing account by proving the account's password once; signs in",
      request: { params: z.object({ token: LinkToken.openapi({ param: { name: 'token', in: 'path' } }) }), body: jsonBody(z.strictObject({ password: z.string().min(1).max(128) })) },
      responses: { 200: jsonResponse(z.object({ linked: z.literal(true) }), 'Linked and signed in'), ...errorResponses },
    }),
    async (c) => {
      const cookies = await linkSsoAccount(c.var.deps, { token: c.req.valid('param').token, password: c.req.valid('json').password, headers: c.req.raw.headers, ip: c.get('clientIp') });
      for (const cookie of cookies) c.header('set-cookie', cookie, { append: true });
      return c.json({ linked: true as const }, 200);
    },
  );
