import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { readConfig, type Config } from '../../src/config.ts';
import { WEB_DIST } from '../../src/http/static.ts';
import { unsubscribeToken } from '../../src/mail/unsubscribe-token.ts';
import { startServer } from '../../src/server.ts';
import { freshDatabase } from './databases.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** JSON of the example world's cleanly closed PGlite directory and its ids, '' when none was made. */
    exampleTemplate: string;
  }
}

/** A person who signs in to the example world. */
export interface Person {
  name: string;
  email: string;
  password: string;
}

/** The administrator of the installation, who is also the example network's coordinator. */
export const COORDINATOR: Person = { name: 'Hanneke Smit', email: 'hanneke@crisisroute-noord.nl', password: 'crisisroute-noord-2026' };
/** The representative of GGZ Noord in the example network. */
export const REPRESENTATIVE: Person & { partner: string } = { name: 'Ravi Pinas', email: 'ravi@ggznoord.nl', password: 'ggz-noord-wachtwoord', partner: 'GGZ Noord' };
/** The title of the round that is open in the example world (the example itself has three closed ones). */
export const OPEN_ROUND = 'Reflectieronde winter';
/** The last closed round of the example network, with results. */
export const CLOSED_ROUND = 'Reflectieronde najaar';

/** The ids that fill the route parameters of every page of the app. */
export interface ExampleIds {
  networkId: string;
  partnerId: string;
  agreementId: string;
  differenceId: string;
  sessionId: string;
  /** The last closed round, with results. */
  roundId: string;
  /** The open round the representative has not answered yet. */
  openRoundId: string;
  /** A pending invitation's token, for the public invitation page. */
  invitationToken: string;
  /** The representative's unsubscribe link for questionnaires, as their mails carry it. */
  unsubscribeToken: string;
}

/** The example network on a running server: the address, the ids, the people, and how to stop. */
export interface ExampleWorld {
  url: string;
  ids: ExampleIds;
  server: Awaited<ReturnType<typeof startServer>>;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1, so PUBLIC_URL can name the port before the server listens on it. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** JSON calls to the server with a session cookie of their own, failing on any non-2xx answer. */
class Caller {
  private cookies = new Map<string, string>();
  private readonly origin: string;
  constructor(origin: string) {
    this.origin = origin;
  }

  async call<T = any>(method: string, route: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { origin: this.origin };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.origin}${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${route} answered ${res.status}: ${text.slice(0, 300)}`);
    return (text ? JSON.parse(text) : null) as T;
  }
}

async function tokenFromOutbox(admin: Caller, email: string): Promise<string> {
  const outbox = await admin.call<{ items: { to: string; text: string }[] }>('GET', '/api/admin/outbox');
  const mail = outbox.items.find((m) => m.to === email);
  const token = mail ? /\/invitations\/(\S+)/.exec(mail.text)?.[1] : undefined;
  if (!token) throw new Error(`no invitation for ${email} in the outbox`);
  return token;
}

/**
 * Fills a running server with the example: the example network loaded at set-up, a representative
 * of GGZ Noord who accepted their invitation, a round open for them, and a pending invitation.
 */
async function populateExample(url: string, unsubscribeKey: string): Promise<ExampleIds> {
  const admin = new Caller(url);
  const { exampleNetworkId: networkId } = await admin.call<{ exampleNetworkId: string }>('POST', '/api/setup', { ...COORDINATOR, loadExample: true });
  const base = `/api/networks/${networkId}`;
  const first = async <T extends { id: string }>(route: string, pick: (item: T) => boolean = () => true) => {
    const found = (await admin.call<{ items: T[] }>('GET', `${base}${route}`)).items.find(pick);
    if (!found) throw new Error(`the example network has nothing at ${route}`);
    return found.id;
  };
  const partnerId = await first<{ id: string; name: string }>('/partners?limit=50', (p) => p.name === REPRESENTATIVE.partner);
  await admin.call('POST', `${base}/invitations`, { email: REPRESENTATIVE.email, role: 'representative', partnerId });
  await new Caller(url).call('POST', `/api/invitations/${await tokenFromOutbox(admin, REPRESENTATIVE.email)}/accept`, {
    name: REPRESENTATIVE.name,
    password: REPRESENTATIVE.password,
  });
  const pendingEmail = 'nieuwe.collega@wijkteam-noorderveen.nl';
  await admin.call('POST', `${base}/invitations`, { email: pendingEmail, role: 'member' });
  const invitationToken = await tokenFromOutbox(admin, pendingEmail);

  const representativeId = async () => {
    const members = await admin.call<{ items: { userId: string; email: string }[] }>('GET', `${base}/members`);
    const found = members.items.find((m) => m.email === REPRESENTATIVE.email);
    if (!found) throw new Error('the representative is not among the members');
    return found.userId;
  };

  const now = Date.now();
  const day = 24 * 3600 * 1000;
  const open = await admin.call<{ id: string }>('POST', `${base}/rounds`, {
    title: OPEN_ROUND,
    opensAt: new Date(now + day).toISOString(),
    closesAt: new Date(now + 21 * day).toISOString(),
  });
  await admin.call('POST', `${base}/rounds/${open.id}/open`);

  return {
    networkId,
    partnerId,
    agreementId: await first('/agreements?limit=50'),
    differenceId: await first('/differences?limit=50'),
    sessionId: await first('/sessions?limit=50'),
    roundId: await first<{ id: string; title: string }>('/rounds?limit=50', (r) => r.title === CLOSED_ROUND),
    openRoundId: open.id,
    invitationToken,
    unsubscribeToken: unsubscribeToken(unsubscribeKey, { userId: await representativeId(), scope: 'questionnaire' }),
  };
}

/** The example world the browser tests' global set-up made once for the run, if it made one. */
function providedExample(): { pgdata: string; ids: ExampleIds } | null {
  const provided = process.env.VITEST ? inject('exampleTemplate') : '';
  return provided ? (JSON.parse(provided) as { pgdata: string; ids: ExampleIds }) : null;
}

/**
 * Starts the real server (built web app, embedded database in a temporary directory) with the
 * example world (see populateExample): every page of the app has real content to show. Inside a
 * vitest run the database is a copy of the world the global set-up made (setupExampleTemplate);
 * elsewhere (benchmarks, screenshots) it is made here.
 */
export async function startExampleWorld(overrides: Partial<Config> = {}): Promise<ExampleWorld> {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) throw new Error(`${WEB_DIST} is not built: run npm run build`);
  const template = providedExample();
  const database = await freshDatabase('pglite', { migrated: !template });
  if (template) fs.cpSync(template.pgdata, path.join(database.dataDir, 'pgdata'), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startServer({ ...readConfig({}), dataDir: database.dataDir, databaseUrl: undefined, smtpUrl: undefined, port, host: '127.0.0.1', publicUrl: url, ...overrides });
  const stop = async () => {
    await server.stop();
    await database.drop();
  };
  try {
    return { url, ids: template ? template.ids : await populateExample(url, server.runtime.deps.unsubscribeKey), server, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Global set-up of the browser tests: the example world made once for the run on a copy of the
 * migrated template, its server stopped cleanly (so a file copy is a consistent database), and its
 * directory and ids handed to the test files, which each start on a copy instead of loading the
 * example again.
 */
export async function setupExampleTemplate({ migratedPgdata, provide }: { migratedPgdata: string; provide: (key: 'exampleTemplate', value: string) => void }): Promise<() => void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-example-'));
  fs.cpSync(migratedPgdata, path.join(dataDir, 'pgdata'), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startServer({ ...readConfig({}), dataDir, databaseUrl: undefined, smtpUrl: undefined, port, host: '127.0.0.1', publicUrl: url, runJobs: false });
  let ids: ExampleIds;
  try {
    ids = await populateExample(url, server.runtime.deps.unsubscribeKey);
  } finally {
    await server.stop();
  }
  provide('exampleTemplate', JSON.stringify({ pgdata: path.join(dataDir, 'pgdata'), ids }));
  return () => fs.rmSync(dataDir, { recursive: true, force: true });
}
