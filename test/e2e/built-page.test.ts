import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The web app as built for every browser test (test/e2e/global-setup.ts builds it first).
const DIST = process.env.WEB_DIST_DIR ? path.resolve(process.env.WEB_DIST_DIR) : fileURLToPath(new URL('../../web/dist', import.meta.url));
const html = () => fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');

describe('the built index.html (issue 11, delivery)', () => {
  it('asks for the stylesheet before any script, so the first paint does not wait for JavaScript', () => {
    const page = html();
    const stylesheet = page.indexOf('<link rel="stylesheet"');
    expect(stylesheet).toBeGreaterThan(0);
    for (const script of page.matchAll(/<script type="module"|<link rel="modulepreload"/g)) expect(script.index).toBeGreaterThan(stylesheet);
  });

  it('preloads, at low priority, every chunk the entry imports after the first paint, and nothing more', () => {
    const page = html();
    const entry = /<script type="module" crossorigin src="\/(assets\/[^"]+\.js)"><\/script>/.exec(page)?.[1];
    expect(entry).toBeDefined();
    const code = fs.readFileSync(path.join(DIST, entry!), 'utf8');
    // Vite's list of the files a dynamic import needs: the app (web/src/start.tsx) and its imports.
    const needed = JSON.parse(/m\.f=(\[[^\]]*\])/.exec(code)?.[1] ?? '[]') as string[];
    expect(needed.some((file) => /^assets\/start-[\w-]+\.js$/.test(file))).toBe(true);
    const preloaded = [...page.matchAll(/<link rel="modulepreload" crossorigin fetchpriority="low" href="\/([^"]+)">/g)].map((m) => m[1]);
    expect(new Set(preloaded)).toEqual(new Set(needed));
    // The entry itself stays small: everything else comes with the app.
    expect(fs.statSync(path.join(DIST, entry!)).size).toBeLessThan(8_000);
  });

  it("marks the framework chunk for V8's eager compilation on a background thread, its source map shifted to match", () => {
    const files = fs.readdirSync(path.join(DIST, 'assets')).filter((file) => /^framework-[\w-]+\.js$/.test(file));
    expect(files).toHaveLength(1);
    const code = fs.readFileSync(path.join(DIST, 'assets', files[0]!), 'utf8');
    expect(code.startsWith('//# allFunctionsCalledOnLoad\nimport')).toBe(true);
    const map = JSON.parse(fs.readFileSync(path.join(DIST, 'assets', `${files[0]}.map`), 'utf8')) as { mappings: string };
    // The first line (the hint) maps to nothing; the code's mappings start on the second.
    expect(map.mappings.startsWith(';')).toBe(true);
    expect(map.mappings.startsWith(';;')).toBe(false);
  });

  it('names a PNG icon that is there: an SVG icon is an SVG document Chromium builds on the main thread while the app starts', () => {
    const icons = [...html().matchAll(/<link rel="icon" href="\/([^"]+)" type="([^"]+)"/g)];
    expect(icons.map((m) => m[2])).toEqual(['image/png']);
    const png = fs.readFileSync(path.join(DIST, icons[0]![1]!));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
