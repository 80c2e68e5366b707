import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DatabaseKind } from '../db/database.ts';
import type { DB, Role } from '../db/schema.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Auth } from './auth.ts';

/** What every request handler can reach: built once per process in runtime.ts. */
export interface AppDeps {
  db: Kysely<DB>;
  dbKind: DatabaseKind;
  config: Config;
  auth: Auth;
  mailer: Mailer;
  version: string;
}

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
}

/** The caller's role in the network of the current `/api/networks/{networkId}/…` request. */
export interface Membership {
  networkId: string;
  role: Role;
  partnerId: string | null;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    user: CurrentUser | null;
    clientIp: string | null;
    membership: Membership;
  };
}
