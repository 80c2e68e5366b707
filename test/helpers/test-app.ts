import { readConfig, type Config } from '../../src/config.ts';
import type { Clock } from '../../src/deps.ts';
import { startRuntime, type Runtime } from '../../src/runtime.ts';
import { freshDatabase, type TestDatabaseKind } from './databases.ts';

export const PUBLIC_URL = 'http://localhost:3000';

export interface TestApp {
  runtime: Runtime;
  config: Config;
  /** A new caller with its own cookie jar. */
  client(): TestClient;
  close(): Promise<void>;
}

/**
 * Starts the app on a fresh database, with jobs driven by hand (`runtime.runJobs()`) and, when
 * given, a clock the test moves (`TestClock`).
 */
export async function startTestApp(kind: TestDatabaseKind, overrides: Partial<Config> = {}, options: { clock?: Clock; oidcFetch?: typeof fetch } = {}): Promise<TestApp> {
  const database = await freshDatabase(kind, { migrated: true });
  const config: Config = {
    ...readConfig({}),
    dataDir: database.dataDir,
    databaseUrl: database.databaseUrl,
    publicUrl: PUBLIC_URL,
    runJobs: false,
    signInLimitPerMinute: 1000,
    ...overrides,
  };
  const runtime = await startRuntime(config, { serveWeb: false, ...options });
  return {
    runtime,
    config,
    client: () => new TestClient(runtime),
    async close() {
      await runtime.close();
      await database.drop();
    },
  };
}

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
  /** The body as it came, for files (CSV, XLSX). */
  bytes: Uint8Array;
}

/** Calls the app in-process like a browser would: same-origin, JSON, with a cookie jar. */
export class TestClient {
  private cookies = new Map<string, string>();
  private readonly runtime: Runtime;
  constructor(runtime: Runtime) {
    this.runtime = runtime;
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<TestResponse<T>> {
    const init: RequestInit = { method, headers: { origin: PUBLIC_URL, ...headers } };
    const h = init.headers as Record<string, string>;
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (body !== undefined) {
      h['content-type'] ??= 'application/json';
      init.body = typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body);
    }
    const res = await this.runtime.app.request(`${PUBLIC_URL}${path}`, init);
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (/max-age=0/i.test(cookie) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed as T, headers: res.headers, bytes };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body: unknown = {}) {
    return this.request<T>('POST', path, body);
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }
  signIn(email: string, password: string) {
    return this.post('/api/auth/sign-in/email', { email, password });
  }
  get signedIn(): boolean {
    return [...this.cookies.keys()].some((k) => k.includes('session_token'));
  }
}
