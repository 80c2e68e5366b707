import type { Kysely } from 'kysely';
import type { Auth } from './auth/auth.ts';
import type { Config } from './config.ts';
import type { DatabaseKind } from './db/database.ts';
import type { DB } from './db/schema.ts';
import type { Mailer } from './mail/mailer.ts';

/**
 * Where the time comes from. Use cases and jobs ask the clock instead of calling `new Date()`, so
 * tests move time forward instead of sleeping.
 *
 * @example const now = deps.clock.now();
 */
export interface Clock {
  now(): Date;
}

/** The real clock of the machine. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * What every use case can reach: built once per process in runtime.ts. Use cases take it as their
 * first argument and one options object as their second: `createStory(deps, { membership, actor, story })`.
 */
export interface AppDeps {
  db: Kysely<DB>;
  dbKind: DatabaseKind;
  config: Config;
  auth: Auth;
  mailer: Mailer;
  clock: Clock;
  version: string;
  /** Signs the unsubscribe links in mails (derived from the instance secret, see mail/unsubscribe-token.ts). */
  unsubscribeKey: string;
  /** How the server reaches OpenID providers (discovery, JWKS, token endpoint); the global fetch unless a test watches the wire. */
  oidcFetch?: typeof fetch;
}
