import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './context.ts';
import { errorBody } from './errors.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

/** Strict headers for every response; the SPA and the API docs need nothing from elsewhere. */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'same-origin',
  crossOriginEmbedderPolicy: false,
});

export const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => c.json(errorBody('payload_too_large', 'The body is larger than 1 MB'), 413),
});

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF protection for our own routes (better-auth guards /api/auth itself): a state-changing
 * request must come from our own origin and carry JSON, which a cross-site form cannot send.
 */
export function sameOriginWrites(publicUrl: string): MiddlewareHandler<AppEnv> {
  const publicOrigin = new URL(publicUrl).origin;
  return async (c, next) => {
    if (!UNSAFE.has(c.req.method)) return next();
    if (c.req.header('sec-fetch-site') === 'cross-site') {
      return c.json(errorBody('forbidden', 'Cross-site requests are not allowed'), 403);
    }
    const origin = c.req.header('origin');
    if (origin) {
      const own = new URL(c.req.url).origin;
      if (origin !== publicOrigin && origin !== own) return c.json(errorBody('forbidden', 'This request comes from another site'), 403);
    }
    const type = c.req.header('content-type');
    const length = c.req.header('content-length');
    const hasBody = length !== undefined ? length !== '0' : c.req.header('transfer-encoding') !== undefined;
    if (hasBody && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(type ?? '') && !/^text\/csv\b|spreadsheetml/i.test(type ?? '')) {
      return c.json(errorBody('unsupported_media_type', 'Send the body as application/json'), 415);
    }
    return next();
  };
}
