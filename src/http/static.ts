import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import Negotiator from 'negotiator';
import type { AppEnv } from './context.ts';

/** The built web app; `WEB_DIST_DIR` points elsewhere (parallel browser-test runs each build their own). */
export const WEB_DIST = process.env.WEB_DIST_DIR ? path.resolve(process.env.WEB_DIST_DIR) : fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The encodings the build writes next to each file (vite.config.ts), by our preference, with their suffix. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/** Hashed build output never changes under its name: a year, immutable. Everything else is revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Picks the encoding to send `file` in: brotli or gzip when the build made that variant and the
 * client accepts it (q-values honoured, ties go to brotli), else the file as it is (`null`).
 *
 * @example
 * chooseEncoding('gzip, deflate, br, zstd', ['br', 'gzip']) // 'br'
 * chooseEncoding('br;q=0, gzip', ['br', 'gzip'])            // 'gzip'
 */
export function chooseEncoding(acceptEncoding: string | undefined, available: readonly string[]): string | null {
  if (available.length === 0) return null;
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } });
  const choose = negotiator.encoding.bind(negotiator) as (available: string[], options: { preferred: string[] }) => string | undefined;
  const chosen = choose([...available, 'identity'], { preferred: [...available, 'identity'] });
  return chosen && chosen !== 'identity' ? chosen : null;
}

/** The file under `dist` that a request path names, or null (also for anything outside dist). */
function fileFor(dist: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(dist, `.${path.posix.normalize(`/${decoded}`)}`);
  if (!file.startsWith(dist + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Sends a file of the build, precompressed when the client accepts it: `Content-Encoding` names
 * the variant sent and `Vary: Accept-Encoding` tells caches that the answer depends on it.
 */
function sendFile(c: Context<AppEnv>, file: string, cacheControl: string | null): Response {
  const available = PRECOMPRESSED.filter((p) => fs.existsSync(file + p.suffix));
  const encoding = chooseEncoding(c.req.header('accept-encoding'), available.map((p) => p.encoding));
  const variant = available.find((p) => p.encoding === encoding);
  const sent = variant ? file + variant.suffix : file;
  const stats = fs.statSync(sent);
  const headers = new Headers({
    'content-type': getMimeType(file) ?? 'application/octet-stream',
    'content-length': String(stats.size),
    'last-modified': stats.mtime.toUTCString(),
  });
  if (available.length > 0) headers.set('vary', 'Accept-Encoding');
  if (variant) headers.set('content-encoding', variant.encoding);
  if (cacheControl) headers.set('cache-control', cacheControl);
  if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers });
  const body = Readable.toWeb(fs.createReadStream(sent)) as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers });
}

/**
 * Serves the built single-page app: files as they are built (brotli or gzip by content
 * negotiation, hashed assets cached for a year), and index.html for every other path so the
 * client-side router can show the page.
 */
export function mountWebApp(app: Hono<AppEnv>, dist = WEB_DIST): void {
  const root = path.resolve(dist);
  const index = path.join(root, 'index.html');
  app.on(['GET', 'HEAD'], '*', (c) => {
    const file = fileFor(root, c.req.path);
    if (file && file !== index) return sendFile(c, file, c.req.path.startsWith('/assets/') ? IMMUTABLE : null);
    if (!fs.existsSync(index)) {
      return c.text('The web app is not built yet: run `npm run build` (npm start does this for you).', 503);
    }
    return sendFile(c, index, 'no-cache');
  });
}
