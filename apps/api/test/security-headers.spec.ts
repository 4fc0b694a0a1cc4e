import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestApp, type TestApp } from './test-app';

/** The headers every answer carries; the browser tests prove the pages work under them. */
describe('security headers', () => {
  let t: TestApp;
  let https: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    https = await startTestApp({ PUBLIC_URL: 'https://admz.example.gouv.fr' }, t.database);
  });
  afterAll(async () => {
    await https?.close();
    await t?.close();
  });

  const headersOf = async (testApp: TestApp, path: string) =>
    (await fetch(`${testApp.baseUrl}${path}`, { redirect: 'manual' })).headers;

  function directivesOf(headers: Headers): Map<string, string> {
    const policy = headers.get('content-security-policy') ?? '';
    return new Map(
      policy
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...values]) => [name!, values.join(' ')]),
    );
  }

  test('a Content-Security-Policy without inline script, eval or framing', async () => {
    const directives = directivesOf(await headersOf(t, '/api/health'));
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'self'");
    expect(directives.get('style-src-elem')).toMatch(/^'self' 'nonce-[A-Za-z0-9+/]{22}=='$/);
    for (const [name, value] of directives) {
      if (name !== 'style-src-attr') expect(value, name).not.toContain('unsafe');
    }
  });

  test('a fresh style nonce for every answer', async () => {
    const first = directivesOf(await headersOf(t, '/api/health')).get('style-src-elem');
    const second = directivesOf(await headersOf(t, '/api/health')).get('style-src-elem');
    expect(first).not.toBe(second);
  });

  test('no sniffing, no framing, no referrer outside AdmZ, no powerful feature but the kiosk camera', async () => {
    const api = await headersOf(t, '/api/health');
    expect(api.get('x-content-type-options')).toBe('nosniff');
    expect(api.get('x-frame-options')).toBe('DENY');
    expect(api.get('referrer-policy')).toBe('same-origin');
    expect(api.get('x-powered-by')).toBeNull();
    // Isolated from other origins' windows and resources; legacy browser switches off.
    expect(api.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(api.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(api.get('origin-agent-cluster')).toBe('?1');
    expect(api.get('x-dns-prefetch-control')).toBe('off');
    expect(api.get('x-download-options')).toBe('noopen');
    expect(api.get('x-permitted-cross-domain-policies')).toBe('none');
    expect(api.get('x-xss-protection')).toBe('0');
    expect(api.get('permissions-policy')).toMatch(/(^|, )camera=\(\)/);
    expect(api.get('permissions-policy')).toMatch(/geolocation=\(\)/);
    expect(api.get('permissions-policy')).toMatch(/microphone=\(\)/);
    const kiosk = await headersOf(t, '/kiosk/');
    expect(kiosk.get('permissions-policy')).toMatch(/(^|, )camera=\(self\)/);
  });

  test('HSTS only when AdmZ is served over https', async () => {
    expect((await headersOf(t, '/api/health')).get('strict-transport-security')).toBeNull();
    const secure = await headersOf(https, '/api/health');
    expect(secure.get('strict-transport-security')).toMatch(/max-age=31536000; includeSubDomains/);
    expect(directivesOf(secure).has('upgrade-insecure-requests')).toBe(true);
  });

  test('the logout form may go on to the identity provider (form-action)', async () => {
    const provider = await startTestApp(
      { OIDC_ISSUER: 'https://auth.agentconnect.gouv.fr/api/v2' },
      t.database,
    );
    try {
      expect(directivesOf(await headersOf(provider, '/api/health')).get('form-action')).toBe(
        "'self' https://auth.agentconnect.gouv.fr",
      );
    } finally {
      await provider.close();
    }
  });
});
