import { describe, expect, it } from 'vitest';
import { ApiError } from '../web/src/api.ts';
import { isRetryable } from '../web/src/components/retryable.ts';

describe('isRetryable', () => {
  it('offers no retry when the server refused the request itself', () => {
    for (const status of [400, 403, 404, 409]) expect(isRetryable(new ApiError(status, 'x', 'refused'))).toBe(false);
  });

  it('offers a retry after a server error, a timeout, too many requests or a lost connection', () => {
    for (const status of [500, 503, 408, 429]) expect(isRetryable(new ApiError(status, 'x', 'failed'))).toBe(true);
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
  });
});
