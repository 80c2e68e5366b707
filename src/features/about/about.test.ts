import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../config.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { TestClock } from '../../../test/helpers/clock.ts';
import { startTestApp, type TestApp } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('the public statements of an installation (%s)', (kind) => {
  let app: TestApp;
  const clock = new TestClock(new Date('2026-12-07T10:00:00Z'));

  beforeAll(async () => {
    app = await startTestApp(
      kind,
      { operatorName: 'Gemeente Noorderstad', accessibilityContact: 'https://www.noorderstad.example/toegankelijkheid', securityContact: 'mailto:security@noorderstad.example' },
      { clock },
    );
  });
  afterAll(() => app?.close());

  it('tells anyone, signed in or not, who runs the installation and where to report an accessibility problem', async () => {
    const res = await app.client().get('/api/about');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      operatorName: 'Gemeente Noorderstad',
      accessibilityContact: { kind: 'url', address: 'https://www.noorderstad.example/toegankelijkheid' },
      publicUrl: app.config.publicUrl,
      version: expect.any(String),
    });
  });

  it('serves /.well-known/security.txt with the configured contact, an expiry and its canonical address', async () => {
    const res = await app.client().request('GET', '/.well-known/security.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.body).toBe(
      'Contact: mailto:security@noorderstad.example\n' +
        'Expires: 2027-06-08T00:00:00Z\n' +
        'Preferred-Languages: nl, en\n' +
        `Canonical: ${app.config.publicUrl}/.well-known/security.txt\n`,
    );
  });
});

describe('the configuration of the statements', () => {
  it('takes an e-mail address as a mailto: contact, defaults to security@ the public host, and refuses anything else', () => {
    expect(readConfig({ SECURITY_CONTACT: 'meld@gemeente.example' }).securityContact).toBe('mailto:meld@gemeente.example');
    expect(readConfig({ SECURITY_CONTACT: 'https://gemeente.example/kwetsbaarheid' }).securityContact).toBe('https://gemeente.example/kwetsbaarheid');
    expect(readConfig({ PUBLIC_URL: 'https://keten.gemeente.example' }).securityContact).toBe('mailto:security@keten.gemeente.example');
    expect(() => readConfig({ SECURITY_CONTACT: 'bel de beheerder' })).toThrow(/SECURITY_CONTACT must be/);
    expect(readConfig({ ACCESSIBILITY_CONTACT: '  ', OPERATOR_NAME: '' })).toMatchObject({ accessibilityContact: undefined, operatorName: undefined });
  });
});
