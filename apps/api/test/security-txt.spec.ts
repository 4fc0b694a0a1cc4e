import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestApp, type TestApp } from './test-app';
import { millisecondsPerDay } from '@admz/shared';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_URL: 'https://admz.example.gouv.fr' });
});
afterAll(async () => {
  await t?.close();
});

/** RFC 9116 fields: `Name: value` lines, `#` comments. */
function fields(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [, name, value] = /^([A-Za-z-]+): (.+)$/.exec(line) ?? [];
    if (!name || value === undefined) throw new Error(`not a field: ${line}`);
    found.set(name, [...(found.get(name) ?? []), value]);
  }
  return found;
}

describe('/.well-known/security.txt (RFC 9116)', () => {
  test('says whom to tell, in which languages, until when, and where the policy is', async () => {
    const before = t.clock.now().getTime();
    const response = await fetch(`${t.baseUrl}/.well-known/security.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    const values = fields(text);

    expect(values.get('Contact')).toEqual(['mailto:securite@admz.beta.gouv.fr']);
    expect(values.get('Preferred-Languages')).toEqual(['fr, en']);
    // The public address of this deployment, not the one the request came in by.
    expect(values.get('Canonical')).toEqual([
      'https://admz.example.gouv.fr/.well-known/security.txt',
    ]);
    expect(values.get('Policy')).toEqual([
      'https://admz.example.gouv.fr/mentions-legales#securite',
    ]);
    // Expires exactly once, in the future and less than a year away, computed at request time.
    expect(values.get('Expires')).toHaveLength(1);
    const expires = Date.parse(values.get('Expires')?.[0] ?? '');
    expect(values.get('Expires')?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(expires).toBeGreaterThan(before + 30 * millisecondsPerDay);
    expect(expires).toBeLessThan(before + 365 * millisecondsPerDay);
  });
});
