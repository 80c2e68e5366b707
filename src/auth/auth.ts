import { randomUUID } from 'node:crypto';
import { betterAuth, type BetterAuthPlugin } from 'better-auth';
import { createAuthEndpoint } from 'better-auth/api';
import { setSessionCookie } from 'better-auth/cookies';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import type { Mailer } from '../mail/mailer.ts';
import { personalMailLanguage } from '../mail/mail-language.ts';
import { passwordResetMail } from '../mail/templates.ts';

/** The header through which the server hands better-auth the client address it saw itself. */
export const CLIENT_IP_HEADER = 'x-ketenregie-client-ip';

/**
 * Starts a session for a person whose identity an OpenID provider vouched for (src/features/sso).
 * Server-only: better-auth's router does not expose it, so only our callback can call it, after it
 * validated the ID token.
 */
const ssoSession = {
  id: 'ketenregie-sso-session',
  endpoints: {
    startSsoSession: createAuthEndpoint(
      '/sso-session',
      { method: 'POST', body: z.object({ userId: z.string() }), metadata: { SERVER_ONLY: true } },
      async (ctx) => {
        const user = await ctx.context.internalAdapter.findUserById(ctx.body.userId);
        if (!user) throw new Error('No such account');
        const session = await ctx.context.internalAdapter.createSession(user.id);
        await setSessionCookie(ctx, { session, user });
        return ctx.json({ ok: true });
      },
    ),
  },
} satisfies BetterAuthPlugin;

const timestamps = { createdAt: 'created_at', updatedAt: 'updated_at' } as const;

/**
 * Accounts and sessions (better-auth): sessions and rate-limit counters live in the database so
 * several app processes can share them; sign-up is closed (accounts come from /api/setup and
 * invitations).
 */
export function createAuth(options: { db: Kysely<DB>; config: Config; secret: string; mailer: Mailer }) {
  const { db, config, secret, mailer } = options;
  return betterAuth({
    appName: 'Ketenregie',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret,
    database: { db, type: 'postgres' },
    telemetry: { enabled: false },
    plugins: [ssoSession],
    trustedOrigins: [config.publicUrl],
    user: { modelName: 'users', fields: { emailVerified: 'email_verified', ...timestamps } },
    session: {
      modelName: 'sessions',
      fields: { userId: 'user_id', expiresAt: 'expires_at', ipAddress: 'ip_address', userAgent: 'user_agent', ...timestamps },
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
    },
    account: {
      modelName: 'accounts',
      fields: {
        userId: 'user_id',
        accountId: 'account_id',
        providerId: 'provider_id',
        accessToken: 'access_token',
        refreshToken: 'refresh_token',
        idToken: 'id_token',
        accessTokenExpiresAt: 'access_token_expires_at',
        refreshTokenExpiresAt: 'refresh_token_expires_at',
        ...timestamps,
      },
    },
    verification: { modelName: 'verifications', fields: { expiresAt: 'expires_at', ...timestamps } },
    rateLimit: {
      enabled: true,
      storage: 'database',
      modelName: 'rate_limits',
      fields: { lastRequest: 'last_request' },
      window: 60,
      max: 200,
      customRules: {
        '/sign-in/email': { window: 60, max: config.signInLimitPerMinute },
        '/request-password-reset': { window: 60, max: 5 },
        '/reset-password': { window: 60, max: 10 },
      },
    },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, url }) => {
        await mailer.send(db, { to: user.email, kind: 'password_reset', ...passwordResetMail({ name: user.name, url }, await personalMailLanguage(db, user.id)) });
      },
    },
    advanced: {
      cookiePrefix: 'ketenregie',
      useSecureCookies: config.publicUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      database: { generateId: () => randomUUID() },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
