import type { ExpressionBuilder } from 'kysely';
import { AppError } from '../errors.ts';

/** Keyset cursor over (created_at, id): opaque to clients, stable under inserts. */
export interface Cursor {
  at: Date;
  id: string;
}

export function encodeCursor(row: { created_at: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.created_at.toISOString(), row.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(at);
    if (typeof id !== 'string' || Number.isNaN(date.getTime())) throw new Error('bad cursor');
    return { at: date, id };
  } catch {
    throw new AppError('validation_failed', 'The cursor is not valid', [{ path: ['cursor'], message: 'Invalid cursor' }]);
  }
}

/** Takes `limit + 1` rows fetched in order and returns one page and the cursor to the next. */
export function toPage<R extends { created_at: Date; id: string }, T>(rows: R[], limit: number, map: (r: R) => T) {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return { items: page.map(map), nextCursor: more && last ? encodeCursor(last) : null };
}

/**
 * The keyset condition "after this cursor" on (created_at, id) columns, for `.where(...)`.
 * `direction` is the order of the listing: 'desc' (newest first) or 'asc'.
 *
 * @example query.where(afterCursor(cursor, 'desc', 'a.created_at', 'a.id'))
 */
export function afterCursor(cursor: Cursor, direction: 'asc' | 'desc', createdAt: string, id: string) {
  const op = direction === 'desc' ? '<' : '>';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- column names are checked by the caller's query
  return (eb: ExpressionBuilder<any, any>) =>
    eb.or([eb(eb.ref(createdAt), op, cursor.at), eb.and([eb(eb.ref(createdAt), '=', cursor.at), eb(eb.ref(id), op, cursor.id)])]);
}
