import type { Context, MiddlewareHandler } from 'hono';
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

/** Past this a too-large body is not read to its end: the connection is simply closed. */
const MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES;

function tooLarge(c: Context) {
  // The connection may still hold the unread rest of the body, so it must not serve another request.
  c.header('Connection', 'close');
  return c.json(errorBody('payload_too_large', 'The body is larger than 1 MB'), 413);
}

/** Reads and discards a request body (up to `limit` bytes), so closing the socket sends no reset. */
async function discardBody(body: ReadableStream<Uint8Array>, limit: number) {
  const reader = body.getReader();
  let read = 0;
  try {
    while (read <= limit) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
    }
    await reader.cancel();
  } catch {
    // The client went away; there is nobody left to answer.
  }
}

const limitChunkedBody = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge });

/**
 * Bodies over 1 MB answer 413 with `Connection: close`. A declared length that is too large is
 * read and discarded first (up to 16 MB), so the client finishes sending, reads its 413 and the
 * connection ends with a clean close instead of a reset.
 */
export const limitBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const length = c.req.header('content-length');
  if (c.req.raw.body && length !== undefined && !c.req.header('transfer-encoding')) {
    const bytes = Number(length);
    if (!Number.isSafeInteger(bytes) || bytes < 0) return c.json(errorBody('validation_failed', 'Content-Length is not valid'), 400);
    if (bytes > MAX_BODY_BYTES) {
      if (bytes <= MAX_DRAIN_BYTES) await discardBody(c.req.raw.body, MAX_DRAIN_BYTES);
      return tooLarge(c);
    }
    return next();
  }
  return limitChunkedBody(c, next);
};

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The one-click unsubscribe (RFC 8058): a mail provider POSTs `List-Unsubscribe=One-Click` as a
 * form from its own servers. The signed token in the path is the authority, and all it can do is
 * stop mail, so that route is exempt from the same-origin and JSON rules below.
 */
const ONE_CLICK_UNSUBSCRIBE = /^\/api\/unsubscribe\/[\w-]+\.[\w-]+$/;

/**
 * CSRF protection for our own routes (better-auth guards /api/auth itself): a state-changing
 * request must come from our own origin and carry JSON, which a cross-site form cannot send.
 */
export function sameOriginWrites(publicUrl: string): MiddlewareHandler<AppEnv> {
  const publicOrigin = new URL(publicUrl).origin;
  return async (c, next) => {
    if (!UNSAFE.has(c.req.method)) return next();
    if (c.req.method === 'POST' && ONE_CLICK_UNSUBSCRIBE.test(c.req.path)) return next();
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
