import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './context.ts';

/** The built web app; `WEB_DIST_DIR` points elsewhere (parallel browser-test runs each build their own). */
export const WEB_DIST = process.env.WEB_DIST_DIR ? path.resolve(process.env.WEB_DIST_DIR) : fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * Serves the built single-page app; every path that is not a file gets index.html so the
 * client-side router can show the page.
 */
export function mountWebApp(app: Hono<AppEnv>, dist = WEB_DIST): void {
  const index = path.join(dist, 'index.html');
  app.use('/assets/*', serveStatic({ root: dist, onFound: (_p, c) => c.header('cache-control', 'public, max-age=31536000, immutable') }));
  app.use('*', serveStatic({ root: dist }));
  app.get('*', (c) => {
    if (!fs.existsSync(index)) {
      return c.text('The web app is not built yet: run `npm run build` (npm start does this for you).', 503);
    }
    c.header('cache-control', 'no-cache');
    return c.html(fs.readFileSync(index, 'utf8'));
  });
}
