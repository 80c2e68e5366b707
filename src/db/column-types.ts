import type { ColumnType } from 'kysely';

/** A timestamp column: written as a Date or ISO string, read as a Date. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** Set by the database on insert, never updated. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** A jsonb column: written as JSON text, read as the parsed value. */
export type Json<T> = ColumnType<T, string, string>;
/** A jsonb column that may be null and is left out of inserts that have nothing for it. */
export type OptionalJson<T> = ColumnType<T | null, string | null | undefined, string | null>;
