import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../src/config.ts';
import { startRuntime } from '../src/runtime.ts';
import type { BenchResult } from './report.ts';
import { freshPostgres } from './bench-database.ts';

const ORIGIN = 'http://localhost:3000';
const ADMIN = { name: 'Bench Beheer', email: 'bench@ketenregie.test', password: 'bench-wachtwoord-1' };

/**
 * Issue 4's target through the app on PostgreSQL: `GET …/coverage` over 365 days for 100 partners
 * with 50 weekly slots each (5,000 slots loaded from the database every call), under 200 ms.
 */
export async function benchAvailability(): Promise<BenchResult[]> {
  const database = await freshPostgres();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-bench-availability-'));
  const runtime = await startRuntime({ ...readConfig({}), databaseUrl: database.url, dataDir, publicUrl: ORIGIN, runJobs: false }, { serveWeb: false });
  try {
    let cookie = '';
    const call = async (method: string, route: string, body?: unknown) => {
      const headers: Record<string, string> = { origin: ORIGIN, cookie };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await runtime.app.request(`${ORIGIN}${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const set = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
      if (set.length) cookie = set.join('; ');
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${route} answered ${res.status}: ${text.slice(0, 200)}`);
      return JSON.parse(text) as any;
    };
    await call('POST', '/api/setup', ADMIN);
    const network = await call('POST', '/api/networks', { name: 'Bench beschikbaarheid' });
    const capability = await call('POST', `/api/networks/${network.id}/capabilities`, { name: 'GGZ-crisisbeoordeling' });
    await call('PUT', `/api/networks/${network.id}/requirements/${capability.id}`, { windows: null, minPartners: 30 });
    await seedSlots(runtime.deps.db, network.id, capability.id);

    const route = `/api/networks/${network.id}/coverage?capability=${capability.id}&from=2027-01-01&to=2028-01-01`;
    const once = async () => {
      const started = performance.now();
      const body = await call('GET', route);
      const ms = performance.now() - started;
      if (body.requiredMinutes !== 365 * 24 * 60) throw new Error('the coverage does not span the year');
      return ms;
    };
    const first = await once();
    const times: number[] = [];
    for (let i = 0; i < 9; i++) times.push(await once());
    times.sort((a, b) => a - b);
    const label = 'GET …/coverage, 100 partners × 50 slots, 365 days';
    return [
      { name: `${label}: first call`, value: first, unit: 'ms' },
      { name: `${label}: median of 9`, value: times[4]!, unit: 'ms', target: 200 },
      { name: `${label}: max of 9`, value: times[8]!, unit: 'ms' },
    ];
  } finally {
    await runtime.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** 100 partners with 50 slots each, the same pseudo-random schedule as bench/coverage.ts. */
async function seedSlots(db: Awaited<ReturnType<typeof startRuntime>>['deps']['db'], networkId: string, capabilityId: string) {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const time = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  for (let p = 0; p < 100; p++) {
    const partnerId = randomUUID();
    await db.insertInto('partners').values({ id: partnerId, network_id: networkId, name: `Partner ${p}`, sector: 'ggz' }).execute();
    const rows = Array.from({ length: 50 }, () => {
      const startHour = Math.floor(random() * 24);
      return {
        id: randomUUID(),
        network_id: networkId,
        partner_id: partnerId,
        capability_id: capabilityId,
        weekday: 1 + Math.floor(random() * 7),
        start_time: time(startHour, random() < 0.5 ? 0 : 30),
        end_time: time((startHour + 2 + Math.floor(random() * 10)) % 24, 0),
        valid_from: null,
        valid_until: null,
        priority: 1 + Math.floor(random() * 3),
        contact: `Dienst ${p}, 050 123 ${String(4000 + p)}`,
      };
    });
    await db.insertInto('availability_slots').values(rows).execute();
  }
}
