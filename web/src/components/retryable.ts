import { ApiError } from '../api.ts';

/**
 * Whether trying again can help: not when the server refused the request itself (403 not allowed,
 * 404 not there, 400 invalid): the same request gets the same answer.
 */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429);
}
