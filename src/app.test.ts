import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/helpers/test-app.ts';

describe('HTTP surface', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite');
  });
  afterAll(() => app?.close());

  it('sends a strict Content-Security-Policy and other secure headers', async () => {
    const res = await app.client().get('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('publishes an OpenAPI 3.1 document of the API', async () => {
    const res = await app.client().get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const path of ['/api/health', '/api/setup', '/api/me', '/api/networks', '/api/networks/{networkId}', '/api/networks/{networkId}/invitations', '/api/invitations/{token}/accept', '/api/networks/{networkId}/audit', '/api/admin/outbox']) {
      expect(Object.keys(res.body.paths)).toContain(path);
    }
    expect(res.body.components.schemas.Error).toBeDefined();
  });

  it('serves browsable API docs from the installed swagger-ui package', async () => {
    const page = await app.client().get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.body).toContain('/api/docs/assets/swagger-ui-bundle.js');
    const bundle = await app.runtime.app.request('http://localhost:3000/api/docs/assets/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    const init = await app.client().get('/api/docs/init.js');
    expect(init.body).toContain('/api/openapi.json');
  });
});

describe('secure cookies behind https', () => {
  it('marks the session cookie Secure when PUBLIC_URL is https', async () => {
    const app = await startTestApp('pglite', { publicUrl: 'https://ketenregie.example.nl' });
    try {
      const res = await app.runtime.app.request('https://ketenregie.example.nl/api/setup', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://ketenregie.example.nl' },
        body: JSON.stringify({ name: 'Anna', email: 'anna@example.nl', password: 'een-goed-wachtwoord' }),
      });
      expect(res.status).toBe(201);
      const cookie = res.headers.getSetCookie().join('\n');
      expect(cookie).toMatch(/Secure/);
      expect(cookie).toMatch(/HttpOnly/);
    } finally {
      await app.close();
    }
  });
});
