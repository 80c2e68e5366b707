import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';
import { AppError, type ErrorCode } from '../errors.ts';

export { AppError };

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
};

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

export function errorBody(code: ErrorCode | string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function sendError(c: Context, err: AppError) {
  return c.json(errorBody(err.code, err.message, err.details), STATUS[err.code]);
}

/** The app's onError: known errors become their 4xx, anything else a logged 500. */
export function handleError(err: Error, c: Context) {
  if (err instanceof AppError) return sendError(c, err);
  if (err instanceof HTTPException) {
    const status = err.status;
    const code: ErrorCode =
      status === 413
        ? 'payload_too_large'
        : status === 415
          ? 'unsupported_media_type'
          : status === 401
            ? 'unauthenticated'
            : status === 403
              ? 'forbidden'
              : 'validation_failed';
    return c.json(errorBody(code, err.message || 'Bad request'), status as ContentfulStatusCode);
  }
  if (err instanceof SyntaxError) return sendError(c, new AppError('validation_failed', 'The body is not valid JSON'));
  const dbStatus = databaseErrorStatus(err);
  if (dbStatus) return sendError(c, new AppError(dbStatus.code, dbStatus.message));
  console.error(err);
  return c.json(errorBody('internal_error', 'Internal error'), 500);
}

/**
 * The database errors that bad input (rather than a bug or an outage) can cause, by SQLSTATE,
 * for both pg and PGlite, which report the same codes: class 22 (data exceptions such as 22021
 * invalid byte sequence, 22P02 invalid text representation, 22001 value too long, 22003 out of
 * range), class 23 (integrity constraints) and 54 (program limits, such as a too-large value).
 */
export function databaseErrorStatus(err: unknown): { code: ErrorCode; message: string } | null {
  const sqlState = (err as { code?: unknown } | null)?.code;
  if (typeof sqlState !== 'string' || !/^[0-9A-Z]{5}$/.test(sqlState)) return null;
  // A unique index caught what a use case's own check could not see (two writes at the same moment).
  if (sqlState === '23505') return { code: 'conflict', message: 'This already exists; reload and try again' };
  // A referenced row went away between the use case's check and its write.
  if (sqlState === '23503') return { code: 'conflict', message: 'Something this refers to no longer exists; reload and try again' };
  if (sqlState.startsWith('23')) return { code: 'validation_failed', message: 'The input breaks a rule of the data' };
  if (sqlState.startsWith('22')) return { code: 'validation_failed', message: 'The input contains a value the database cannot store' };
  if (sqlState.startsWith('54')) return { code: 'payload_too_large', message: 'The input is too large or too complex' };
  return null;
}
