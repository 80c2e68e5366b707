import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.ts';
import { errorBody } from './errors.ts';

/** Deeper JSON than this is no honest request; the walk below stays iterative so it cannot overflow. */
export const MAX_JSON_DEPTH = 64;

export interface TextProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The first string in a parsed JSON value that PostgreSQL cannot store as text (a NUL character)
 * or that is not valid Unicode (an unpaired surrogate), with its path; keys count too. Also
 * refuses nesting deeper than `MAX_JSON_DEPTH`.
 *
 * @example findBadText({ name: 'a\u0000b' }) // { path: ['name'], message: '…NUL…' }
 */
export function findBadText(value: unknown): TextProblem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      const message = textProblem(current);
      if (message) return { path, message };
    } else if (current !== null && typeof current === 'object') {
      if (path.length >= MAX_JSON_DEPTH) return { path, message: `Nested deeper than ${MAX_JSON_DEPTH} levels` };
      if (Array.isArray(current)) {
        for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: [...path, i] });
      } else {
        for (const [key, child] of Object.entries(current)) {
          const message = textProblem(key);
          if (message) return { path: [...path, key], message: `Field name: ${message}` };
          stack.push({ value: child, path: [...path, key] });
        }
      }
    }
  }
  return null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be stored, or null when it can. */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'Text may not contain the NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'Text is not valid Unicode (an unpaired surrogate)';
  return null;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

function refuse(c: Context, problem: TextProblem) {
  return c.json(errorBody('validation_failed', 'The input is not valid', [{ path: problem.path, message: problem.message, code: 'invalid_text' }]), 400);
}

/**
 * Checks every string a request carries (path, query and JSON body) before any route
 * validates it, so NUL characters, broken Unicode and absurdly deep JSON answer 400 naming the
 * field instead of reaching the database. The parsed body stays cached for the route's validator.
 * Uploaded CSV files are the import's to judge (it reports a NUL as an unreadable file).
 */
export const guardInput: MiddlewareHandler<AppEnv> = async (c, next) => {
  const url = new URL(c.req.url);
  for (const segment of url.pathname.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return refuse(c, { path: ['path'], message: 'The address is not valid percent-encoding' });
    }
    const message = textProblem(decoded);
    if (message) return refuse(c, { path: ['path'], message });
  }
  for (const [name, value] of url.searchParams) {
    const message = textProblem(name) ?? textProblem(value);
    if (message) return refuse(c, { path: ['query', name], message });
  }
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || !c.req.raw.body) return next();
  const type = c.req.header('content-type') ?? '';
  if (JSON_TYPE.test(type)) {
    // better-auth reads the original request itself, so its routes are checked on a copy.
    const text = url.pathname.startsWith('/api/auth/') ? await c.req.raw.clone().text() : await c.req.text();
    if (text.trim() === '') return next();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      // A RangeError (nesting too deep for the parser) is as invalid as a SyntaxError.
      return c.json(errorBody('validation_failed', 'The body is not valid JSON'), 400);
    }
    const problem = findBadText(body);
    if (problem) return refuse(c, problem);
  }
  return next();
};
