import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/**
 * How many statements one connection keeps prepared. Kysely writes one text per query shape (an
 * `in` list of three ids is another text than one of four), so the number of texts grows with
 * use; past this bound a connection runs new texts unprepared, which keeps the server's memory
 * per connection bounded. The texts run most often are among the first a connection sees.
 */
export const MAX_PREPARED_PER_CONNECTION = 200;

/** PostgreSQL's answer to a prepared `select *` whose table changed its columns since (feature_not_supported). */
const STALE_PLAN = '0A000';

interface ClientState {
  prepared: Set<string>;
  inTransaction: boolean;
}

/**
 * The `pg` pool as Kysely's PostgresDialect takes it, with every statement that has parameters
 * run as a named prepared statement: PostgreSQL parses it once per connection, and plans it once
 * when its plans do not depend on the values, instead of at every request. Statements without
 * parameters (BEGIN, COMMIT, migrations' DDL) stay on the simple protocol.
 *
 * A statement prepared before a schema change whose result columns it changes fails once with
 * 0A000 ("cached plan must not change result type"); the pool then prepares every text under new
 * names, and runs the failed one again at once when it was not part of a transaction.
 *
 * @example new PostgresDialect({ pool: preparedStatementPool(new pg.Pool({ connectionString })) })
 */
export function preparedStatementPool(pool: pg.Pool): PostgresPool {
  let generation = 0;
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) {
      // Bounded like the statements themselves: a text seen again after a clear is hashed again.
      if (names.size >= 10 * MAX_PREPARED_PER_CONNECTION) names.clear();
      name = createHash('sha1').update(text).digest('base64url');
      names.set(text, name);
    }
    return `k${generation}_${name}`;
  };

  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      const state = ((client as unknown as { ketenregie?: ClientState }).ketenregie ??= { prepared: new Set(), inTransaction: false });
      const run = async (text: string, values: unknown[]): Promise<pg.QueryResult> => {
        if (values.length === 0) {
          const result = await client.query(text);
          const command = result.command?.toUpperCase();
          if (command === 'BEGIN') state.inTransaction = true;
          else if (command === 'COMMIT' || command === 'ROLLBACK') state.inTransaction = false;
          return result;
        }
        const name = nameOf(text);
        if (!state.prepared.has(name) && state.prepared.size >= MAX_PREPARED_PER_CONNECTION) return client.query(text, values);
        state.prepared.add(name);
        try {
          return await client.query({ name, text, values });
        } catch (err) {
          if ((err as { code?: string }).code !== STALE_PLAN || !/cached plan/.test((err as Error).message)) throw err;
          generation++;
          if (state.inTransaction) throw err;
          return client.query(text, values);
        }
      };
      return {
        query: ((textOrCursor: unknown, values?: ReadonlyArray<unknown>) =>
          typeof textOrCursor === 'string' ? run(textOrCursor, [...(values ?? [])]) : client.query(textOrCursor as pg.Submittable)) as unknown as PostgresPoolClient['query'],
        release: () => client.release(),
      };
    },
    end: () => pool.end(),
  };
}
