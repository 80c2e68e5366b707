import type { AppDeps } from '../deps.ts';
import type { CurrentUser, Membership } from '../domain/membership.ts';

/** The Hono environment of a request: the process's dependencies and who is calling. */
export interface AppEnv {
  Variables: {
    deps: AppDeps;
    user: CurrentUser | null;
    clientIp: string | null;
    membership: Membership;
    /**
     * The caller's membership of the network the path names, read with the session (null: none);
     * unset when the session was resolved otherwise. Lives for this request only.
     */
    membershipOfPath?: { networkId: string; membership: Membership | null };
  };
}
