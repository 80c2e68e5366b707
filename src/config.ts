import path from 'node:path';

/** Settings of one Ketenregie process, read from the environment (see README, "Configuration"). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Connections the process keeps open to PostgreSQL at most (not used with the embedded database). */
  databasePoolSize: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  sessionSecret: string | undefined;
  /** Trust X-Forwarded-For from a reverse proxy for the client address (rate limiting, audit). */
  trustProxy: boolean;
  /** Background workers (mail, reminders); off in tests that drive jobs by hand. */
  runJobs: boolean;
  /** Sign-in attempts per address per minute before better-auth answers 429. */
  signInLimitPerMinute: number;
  /** The organisation that runs this installation, named in the accessibility statement. */
  operatorName: string | undefined;
  /** Where people report an accessibility problem: an e-mail address or a web address. */
  accessibilityContact: string | undefined;
  /** The Contact of /.well-known/security.txt (RFC 9116): a mailto:, https: or tel: URI. */
  securityContact: string;
}

/** RFC 9116 asks for a URI; an address without a scheme is taken as e-mail. */
function securityContactOf(value: string | undefined, publicUrl: string): string {
  if (!value) return `mailto:security@${new URL(publicUrl).hostname}`;
  if (/^(mailto|https|tel):/i.test(value)) return value;
  if (/^[^\s@]+@[^\s@]+$/.test(value)) return `mailto:${value}`;
  throw new Error(`SECURITY_CONTACT must be an e-mail address or a mailto:, https: or tel: URI, got "${value}"`);
}

/**
 * A submission makes a few short round trips, so under load the requests in flight wait for a
 * connection rather than for the database: 25 lets 50 concurrent users through with room, and two
 * processes stay at half of PostgreSQL's default max_connections (100).
 */
export const DEFAULT_POOL_SIZE = 25;

/** Reads the configuration from `env`, with the defaults of the README. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const databasePoolSize = Number(env.DATABASE_POOL_SIZE ?? DEFAULT_POOL_SIZE);
  if (!Number.isInteger(databasePoolSize) || databasePoolSize < 1) throw new Error(`DATABASE_POOL_SIZE must be a whole number of connections, got "${env.DATABASE_POOL_SIZE}"`);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Ketenregie <no-reply@ketenregie.local>',
    publicUrl,
    sessionSecret: env.SESSION_SECRET || env.BETTER_AUTH_SECRET || undefined,
    trustProxy: env.TRUST_PROXY === 'true',
    runJobs: env.RUN_JOBS !== 'false',
    signInLimitPerMinute: Number(env.SIGN_IN_LIMIT_PER_MINUTE ?? 10),
    operatorName: env.OPERATOR_NAME?.trim() || undefined,
    accessibilityContact: env.ACCESSIBILITY_CONTACT?.trim() || undefined,
    securityContact: securityContactOf(env.SECURITY_CONTACT?.trim(), publicUrl),
  };
}
