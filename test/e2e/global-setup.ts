import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEB = path.join(ROOT, 'web');
const DIST = process.env.WEB_DIST_DIR ? path.resolve(process.env.WEB_DIST_DIR) : path.join(WEB, 'dist');
const BUILT_INDEX = path.join(DIST, 'index.html');

/** The newest modification time of the web app's sources (web/ without dist/). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== path.join(WEB, 'dist') && full !== DIST) newest = Math.max(newest, newestSource(full));
    } else {
      newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  }
  return newest;
}

/** The browser tests run against the built app: build it when web/dist is missing or older than the sources. */
export default async function buildWebApp() {
  const sourcesChanged = newestSource(WEB);
  const configChanged = fs.statSync(path.join(ROOT, 'vite.config.ts')).mtimeMs;
  if (fs.existsSync(BUILT_INDEX) && fs.statSync(BUILT_INDEX).mtimeMs >= Math.max(sourcesChanged, configChanged)) return;
  console.log('Building the web app for the browser tests…');
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(ROOT, 'vite.config.ts'), root: WEB, mode: 'production', logLevel: 'warn', build: { outDir: DIST } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
