import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import { DEFAULT_POOL_SIZE } from '../config.ts';
import { preparedStatementPool } from './prepared-pool.ts';
import type { DB } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export class DataDirLockedError extends Error {
  constructor(dir: string) {
    super(
      `The data directory ${dir} is in use by another Ketenregie process. ` +
        'Stop that process first, or set DATA_DIR to another directory (or DATABASE_URL to a PostgreSQL server).',
    );
    this.name = 'DataDirLockedError';
  }
}

const INT8 = 20;
// Calendar dates stay 'YYYY-MM-DD' text: a Date at local midnight would shift across time zones.
const DATE = 1082;
const keepText = (value: string) => value;

// PGlite's own defaults plus smaller buffers: one embedded process serving one installation does
// not need PostgreSQL's 128 MB of shared buffers, and the saving keeps idle memory low.
const PGLITE_START_PARAMS = [
  '--single', '-F', '-O', '-j',
  '-c', 'search_path=public',
  '-c', 'exit_on_error=false',
  '-c', 'log_checkpoints=false',
  '-c', 'max_worker_processes=0',
  '-c', 'max_parallel_workers=0',
  '-c', 'max_parallel_workers_per_gather=0',
  '-c', 'shared_buffers=16MB',
  '-c', 'wal_buffers=1MB',
  '-c', 'work_mem=4MB',
  '-c', 'maintenance_work_mem=16MB',
];

/**
 * Opens the database: a `pg` pool when `databaseUrl` is given, otherwise embedded PGlite in
 * `dataDir`, locked so that a second process stops with a clear message instead of corrupting it.
 *
 * @example const { db, close } = await openDatabase({ dataDir: './data' });
 */
export async function openDatabase(options: { databaseUrl?: string | undefined; dataDir?: string; poolSize?: number }): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
      types: {
        getTypeParser: (oid: number, format?: string) =>
          oid === INT8 ? Number : oid === DATE ? keepText : pg.types.getTypeParser(oid, format as 'text'),
      } as pg.CustomTypesConfig,
    });
    // An idle connection the server closes (a restart, a failover) must not take the process down:
    // the pool drops it and opens a new one on the next query.
    pool.on('error', (err) => console.error(`PostgreSQL connection lost: ${err.message}`));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparedStatementPool(pool) }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  if (!options.dataDir) throw new Error('openDatabase needs a databaseUrl or a dataDir');
  return openPglite(options.dataDir);
}

/** Who holds the data directory: written beside the lock when it is taken. */
interface LockOwner {
  pid: number;
  hostname: string;
}

/**
 * Whether the recorded owner of a lock is certainly gone: it ran on this machine and its process
 * no longer exists (or it was an earlier life of this very process id, as for PID 1 in a
 * container). A lock from another host, or without an owner record, is left to the lock's
 * own staleness timeout.
 */
export function lockOwnerIsGone(owner: LockOwner | null, here: { pid: number; hostname: string } = { pid: process.pid, hostname: os.hostname() }): boolean {
  if (!owner || owner.hostname !== here.hostname || !Number.isInteger(owner.pid) || owner.pid <= 0) return false;
  if (owner.pid === here.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function readLockOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.hostname === 'string' ? { pid: owner.pid, hostname: owner.hostname } : null;
  } catch {
    return null;
  }
}

async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockfilePath = path.join(dataDir, 'ketenregie.lock');
  const ownerPath = path.join(dataDir, 'ketenregie.lock-owner.json');
  const take = () =>
    lockfile.lock(dataDir, {
      lockfilePath,
      stale: 15_000,
      update: 5_000,
      onCompromised: (err) => {
        console.error('Lost the lock on the data directory; stopping to protect the database.', err);
        process.exit(1);
      },
    });
  let release: () => Promise<void>;
  try {
    release = await take();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
    const owner = readLockOwner(ownerPath);
    if (!lockOwnerIsGone(owner)) throw new DataDirLockedError(dataDir);
    // The process that held the lock crashed (kill -9, power cut of a container): take it over now
    // instead of waiting for the lock to go stale. Only once: a lock taken meanwhile is a live one.
    console.warn(`Taking over the lock on ${dataDir} from process ${owner!.pid}, which no longer runs.`);
    fs.rmSync(lockfilePath, { recursive: true, force: true });
    try {
      release = await take();
    } catch (retryErr) {
      if ((retryErr as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
      throw retryErr;
    }
  }
  fs.writeFileSync(ownerPath, JSON.stringify({ pid: process.pid, hostname: os.hostname() } satisfies LockOwner));
  return async () => {
    fs.rmSync(ownerPath, { force: true });
    await release();
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  fs.mkdirSync(dataDir, { recursive: true });
  const release = await lockDataDir(dataDir);
  try {
    const client = await PGlite.create(path.join(dataDir, 'pgdata'), { parsers: { [INT8]: Number, [DATE]: keepText }, startParams: PGLITE_START_PARAMS });
    const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await db.destroy();
        await release();
      },
    };
  } catch (err) {
    await release();
    throw err;
  }
}
