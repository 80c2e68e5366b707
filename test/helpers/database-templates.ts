import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

/**
 * Databases migrated once per test run, copied per test file. Creating and migrating a new
 * database took most of an API test file's time (PGlite: initdb 8.0 s and migrating 1.7 s, against
 * 0.26 s to copy the template and 0.48 s to open it, on the 2-core machine under load).
 *
 * The vitest global set-ups below make the templates and hand them to the test files with
 * `provide`; `freshDatabase(kind, { migrated: true })` (test/helpers/databases.ts) makes the copy.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, cleanly closed PGlite data directory (its `pgdata` folder), '' when none was made. */
    pgliteTemplate: string;
    /** The name of a migrated PostgreSQL database to copy with CREATE DATABASE … TEMPLATE, '' when none was made. */
    postgresTemplate: string;
  }
}

interface GlobalSetupContext {
  provide(key: 'pgliteTemplate' | 'postgresTemplate', value: string): void;
}

/** Global set-up: one migrated PGlite data directory for the whole run, removed at its end. */
export async function setupPgliteTemplate({ provide }: GlobalSetupContext): Promise<() => void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-template-'));
  const database = await openDatabase({ dataDir: dir });
  try {
    await migrateToLatest(database.db);
  } finally {
    // A clean close checkpoints PGlite, so a plain copy of the files is a consistent database.
    await database.close();
  }
  provide('pgliteTemplate', path.join(dir, 'pgdata'));
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Global set-up: one migrated PostgreSQL template database for the run (when TEST_DATABASE_URL is
 * set), with a name of its own so that runs side by side on one server do not meet.
 */
export async function setupPostgresTemplate({ provide }: GlobalSetupContext): Promise<(() => Promise<void>) | undefined> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    provide('postgresTemplate', '');
    return undefined;
  }
  const name = `ketenregie_template_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  try {
    const database = await openDatabase({ databaseUrl: databaseUrlFor(adminUrl, name) });
    try {
      await migrateToLatest(database.db);
    } finally {
      // CREATE DATABASE … TEMPLATE refuses a template that still has connections.
      await database.close();
    }
  } catch (err) {
    await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    throw err;
  }
  provide('postgresTemplate', name);
  return () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
}

/** The URL of database `name` on the server of `adminUrl`. */
export function databaseUrlFor(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement (CREATE/DROP DATABASE) on its own connection to the admin database. */
export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
