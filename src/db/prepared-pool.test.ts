import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type FreshDatabase } from '../../test/helpers/databases.ts';
import { openDatabase, type Database } from './database.ts';
import { inTransaction, type Queryable } from './transaction.ts';
import { MAX_PREPARED_PER_CONNECTION } from './prepared-pool.ts';

// PostgreSQL only: PGlite has one connection and no pool to prepare on.
describe.skipIf(!process.env.TEST_DATABASE_URL)('prepared statements of the PostgreSQL pool', () => {
  let fresh: FreshDatabase;
  let database: Database;
  // One connection, so that every statement below sees the statements prepared before it.
  beforeAll(async () => {
    fresh = await freshDatabase('postgres');
    database = await openDatabase({ databaseUrl: fresh.databaseUrl, poolSize: 1 });
    await sql`create table things (id int primary key, name text not null)`.execute(database.db);
  });
  afterAll(async () => {
    await database?.close();
    await fresh?.drop();
  });
  const prepared = async () => (await sql<{ statement: string }>`select statement from pg_prepared_statements order by prepare_time`.execute(database.db)).rows.map((r) => r.statement);

  it('prepares a statement with parameters once per connection and runs it with new values', async () => {
    const { db } = database;
    await db.insertInto('things' as never).values({ id: 1, name: 'een' } as never).execute();
    await db.insertInto('things' as never).values({ id: 2, name: 'twee' } as never).execute();
    const byId = (id: number) => sql<{ name: string }>`select name from things where id = ${id}`.execute(db).then((r) => r.rows);
    expect(await byId(1)).toEqual([{ name: 'een' }]);
    expect(await byId(2)).toEqual([{ name: 'twee' }]);
    const statements = await prepared();
    expect(statements.filter((s) => s.includes('insert into "things"'))).toHaveLength(1);
    expect(statements.filter((s) => s.includes('select name from things'))).toHaveLength(1);
    // Statements without parameters (this one too) are not prepared.
    expect(statements.some((s) => s.includes('pg_prepared_statements'))).toBe(false);
  });

  it('answers a statement whose table changed its columns since it was prepared: again at once outside a transaction, and after one refusal inside one', async () => {
    const { db } = database;
    await sql`create table changing (id int primary key)`.execute(db);
    await sql`insert into changing values (1)`.execute(db);
    const all = (q: Queryable = db) => q.selectFrom('changing' as never).selectAll().where('id' as never, '=', 1 as never).execute();
    expect(await all()).toEqual([{ id: 1 }]);
    await sql`alter table changing add column note text`.execute(db);
    expect(await all()).toEqual([{ id: 1, note: null }]);
    expect(await all()).toEqual([{ id: 1, note: null }]); // prepared again, under a new name

    await sql`alter table changing add column more text`.execute(db);
    await expect(inTransaction(db, (tx) => all(tx), 1)).rejects.toMatchObject({ code: '0A000' });
    expect(await inTransaction(db, (tx) => all(tx), 1)).toEqual([{ id: 1, note: null, more: null }]);
  });
  it('keeps at most MAX_PREPARED_PER_CONNECTION statements prepared, and runs further texts unprepared', async () => {
    const before = (await prepared()).length;
    for (let i = 0; i < MAX_PREPARED_PER_CONNECTION + 5; i++) {
      const row = await sql<{ n: number }>`select ${i}::int + ${sql.raw(String(i))} as n`.execute(database.db);
      expect(row.rows[0]!.n).toBe(2 * i);
    }
    expect(before).toBeLessThan(MAX_PREPARED_PER_CONNECTION);
    expect(await prepared()).toHaveLength(MAX_PREPARED_PER_CONNECTION);
  });

});
