import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './context.ts';
import { chooseEncoding, mountWebApp } from './static.ts';

const SCRIPT = 'export const greeting = "hallo";\n'.repeat(40);
const INDEX = '<!doctype html><html lang="nl"><body><div id="root"></div></body></html>';

describe('chooseEncoding', () => {
  it('prefers brotli when the client accepts both equally, as Chromium does', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', ['br', 'gzip'])).toBe('br');
  });

  it('honours q-values, including a refusal with q=0', () => {
    expect(chooseEncoding('br;q=0, gzip', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0', ['br', 'gzip'])).toBeNull();
  });

  it('sends the file as it is without an Accept-Encoding or without a variant', () => {
    expect(chooseEncoding(undefined, ['br', 'gzip'])).toBeNull();
    expect(chooseEncoding('identity', ['br', 'gzip'])).toBeNull();
    expect(chooseEncoding('gzip, br', [])).toBeNull();
    expect(chooseEncoding('br', ['gzip'])).toBeNull();
  });
});

describe('mountWebApp', () => {
  let dist: string;
  let app: Hono<AppEnv>;

  beforeAll(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-static-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    const script = path.join(dist, 'assets', 'app-1a2b3c.js');
    fs.writeFileSync(script, SCRIPT);
    fs.writeFileSync(`${script}.br`, brotliCompressSync(SCRIPT));
    fs.writeFileSync(`${script}.gz`, gzipSync(SCRIPT));
    fs.writeFileSync(path.join(dist, 'index.html'), INDEX);
    fs.writeFileSync(path.join(dist, 'index.html.br'), brotliCompressSync(INDEX));
    fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    fs.writeFileSync(path.join(os.tmpdir(), 'ketenregie-static-secret.txt'), 'not for the web');
    app = new Hono<AppEnv>();
    mountWebApp(app, dist);
  });

  afterAll(() => {
    fs.rmSync(dist, { recursive: true, force: true });
    fs.rmSync(path.join(os.tmpdir(), 'ketenregie-static-secret.txt'), { force: true });
  });

  const get = (url: string, acceptEncoding?: string, method = 'GET') =>
    app.request(url, { method, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

  it('sends a hashed asset as brotli to Chromium, cached for a year, varying on Accept-Encoding', async () => {
    const res = await get('/assets/app-1a2b3c.js', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBeLessThan(SCRIPT.length);
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a client that takes only gzip, and the plain file to one that takes neither', async () => {
    const gzip = await get('/assets/app-1a2b3c.js', 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(SCRIPT);

    const plain = await get('/assets/app-1a2b3c.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('answers HEAD with the headers of the variant it would send', async () => {
    const res = await get('/assets/app-1a2b3c.js', 'br', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(Number(res.headers.get('content-length'))).toBe(brotliCompressSync(SCRIPT).length);
    expect(await res.text()).toBe('');
  });

  it('sends a file without variants as it is, without Vary or long caching', async () => {
    const res = await get('/favicon.svg', 'br, gzip');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBeNull();
    expect(res.headers.get('cache-control')).toBeNull();
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it('answers every page path with index.html, revalidated on each visit and compressed', async () => {
    for (const url of ['/', '/networks/6f1c0d0e-1111-4222-8333-944455556666/rounds', '/index.html']) {
      const res = await get(url, 'br');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(INDEX);
    }
  });

  it('never serves a file outside the build', async () => {
    for (const url of ['/../ketenregie-static-secret.txt', '/%2e%2e/ketenregie-static-secret.txt', '/assets/%2e%2e/%2e%2e/ketenregie-static-secret.txt']) {
      const res = await get(url);
      expect(await res.text()).toBe(INDEX);
    }
  });
});
