import type { ErrorResponse, Kiosk, KioskPairing, PairedKiosk } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DemoSessions, type DemoSite, startDemoApp } from './fixtures';
import { call, type ApiResponse, type TestApp } from './test-app';

let t: TestApp;
let paris: DemoSite;
let cookies: DemoSessions;

beforeAll(async () => {
  ({ t, paris, cookies } = await startDemoApp());
});
afterAll(async () => {
  await t?.close();
});

/** A kiosk created (with or without a settings code) and paired like a tablet does. */
async function pairedKiosk(name: string, settingsPin?: string) {
  const created = await call<KioskPairing & ErrorResponse>(t, `/api/sites/${paris.id}/kiosks`, {
    cookie: cookies.hote,
    body: settingsPin === undefined ? { name } : { name, settingsPin },
  });
  expect(created.status).toBe(201);
  const paired = await call<PairedKiosk>(t, '/api/kiosk/pair', {
    body: { pairingCode: created.body.pairingCode, appVersion: 'test' },
  });
  expect(paired.status).toBe(201);
  return { created, kiosk: created.body.kiosk, credential: paired.body.credential };
}

const unlock = (credential: string, settingsPin: string) =>
  call<{ unlocked: true } & ErrorResponse>(t, '/api/kiosk/settings-unlock', {
    bearer: credential,
    body: { settingsPin },
  });

const statuses = (responses: ApiResponse[]) =>
  responses.reduce<Record<number, number>>(
    (counts, response) => ({ ...counts, [response.status]: (counts[response.status] ?? 0) + 1 }),
    {},
  );

const lockAudits = async (kioskId: string) =>
  (
    await t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) AS count FROM audit_events
       WHERE kind = 'kiosk.settings-locked' AND after->>'kioskId' = $1`,
      [kioskId],
    )
  )[0]?.count;

describe('the settings code of a kiosk', () => {
  test('set at creation, kept hashed, never sent back; the right code opens the settings', async () => {
    const { created, kiosk, credential } = await pairedKiosk('Borne du hall', '4821');
    expect(kiosk.hasSettingsPin).toBe(true);
    expect(JSON.stringify(created.body)).not.toContain('4821');
    const [row] = await t.dataSource.query<{ settings_pin_hash: string }[]>(
      `SELECT settings_pin_hash FROM kiosks WHERE id = $1`,
      [kiosk.id],
    );
    expect(row?.settings_pin_hash).toMatch(/^scrypt\$[\w-]+\$[\w-]+$/);
    expect(row?.settings_pin_hash).not.toContain('4821');

    const opened = await unlock(credential, '4821');
    expect(opened.status).toBe(200);
    expect(opened.body).toEqual({ unlocked: true });

    const listed = await call<Kiosk[]>(t, `/api/sites/${paris.id}/kiosks`, {
      cookie: cookies.hote,
    });
    expect(listed.body.find((item) => item.id === kiosk.id)?.hasSettingsPin).toBe(true);
    expect(JSON.stringify(listed.body)).not.toMatch(/4821|scrypt|settingsPinHash/);
  });

  test('two kiosks with the same code get different hashes (a salt each)', async () => {
    const first = await pairedKiosk('Borne jumelle A', '1357');
    const second = await pairedKiosk('Borne jumelle B', '1357');
    const rows = await t.dataSource.query<{ settings_pin_hash: string }[]>(
      `SELECT settings_pin_hash FROM kiosks WHERE id = ANY($1)`,
      [[first.kiosk.id, second.kiosk.id]],
    );
    expect(new Set(rows.map((row) => row.settings_pin_hash)).size).toBe(2);
  });

  test('a wrong code is refused with a French sentence that counts the tries left', async () => {
    const { credential } = await pairedKiosk('Borne de l’étage', '246810');
    const refused = await unlock(credential, '111111');
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe(
      'Code des réglages incorrect : encore 4 essais avant le blocage des réglages pendant 5 minutes.',
    );
    expect((await unlock(credential, '246810')).status).toBe(200);
  });

  test('a storm of 30 parallel wrong codes: exactly 5 are compared, then 429; locked once, audited once', async () => {
    const { kiosk, credential } = await pairedKiosk('Borne assaillie', '9753');
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, index) => unlock(credential, String(1000 + index))),
    );
    expect(statuses(answers)).toEqual({ 403: 5, 429: 25 });
    for (const refused of answers.filter((answer) => answer.status === 429)) {
      expect(refused.body.message).toMatch(
        /^Trop de codes erronés : les réglages de cette borne sont bloqués, réessayez dans \d+ minutes?\.$/,
      );
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(300);
    }
    expect(await lockAudits(kiosk.id)).toBe('1');

    // Locked: even the right code waits, so the answer tells nothing.
    expect((await unlock(credential, '9753')).status).toBe(429);
    // Another kiosk is not affected.
    const neighbour = await pairedKiosk('Borne voisine', '9753');
    expect((await unlock(neighbour.credential, '9753')).status).toBe(200);

    // Five minutes later the right code opens the settings.
    t.clock.advance(5 * 60_000 + 1_000);
    expect((await unlock(credential, '9753')).status).toBe(200);
  });

  test('a host changes the code: the old one stops working, the new one opens', async () => {
    const { kiosk, credential } = await pairedKiosk('Borne à recoder', '5555');
    const changed = await call<Kiosk & ErrorResponse>(
      t,
      `/api/sites/${paris.id}/kiosks/${kiosk.id}/settings-pin`,
      { method: 'PUT', cookie: cookies.hote, body: { settingsPin: '87654321' } },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.hasSettingsPin).toBe(true);
    expect(JSON.stringify(changed.body)).not.toContain('87654321');
    expect((await unlock(credential, '5555')).status).toBe(403);
    expect((await unlock(credential, '87654321')).status).toBe(200);
  });

  test('a kiosk without a code: its settings stay closed (409), until a host sets one', async () => {
    const { kiosk, credential } = await pairedKiosk('Borne sans code');
    expect(kiosk.hasSettingsPin).toBe(false);
    const closed = await unlock(credential, '1234');
    expect(closed.status).toBe(409);
    expect(closed.body.message).toMatch(/^Aucun code des réglages n’est défini pour cette borne/);
  });

  test('bad codes: 400 with a French sentence, never a 500', async () => {
    const short = await call<ErrorResponse>(t, `/api/sites/${paris.id}/kiosks`, {
      cookie: cookies.hote,
      body: { name: 'Borne au code court', settingsPin: '12' },
    });
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body)).toContain(
      'Le code des réglages comporte de 4 à 8 chiffres.',
    );
    const letters = await call<ErrorResponse>(t, `/api/sites/${paris.id}/kiosks`, {
      cookie: cookies.hote,
      body: { name: 'Borne au code en lettres', settingsPin: 'abcd' },
    });
    expect(letters.status).toBe(400);
    const { credential } = await pairedKiosk('Borne aux saisies étranges', '2468');
    expect((await unlock(credential, '')).status).toBe(400);
    expect((await unlock(credential, '1'.repeat(50))).status).toBe(400);
  });

  test('only the kiosk itself may ask; an agent cannot set a code', async () => {
    const anonymous = await call(t, '/api/kiosk/settings-unlock', {
      body: { settingsPin: '1234' },
    });
    expect(anonymous.status).toBe(401);
    const { kiosk } = await pairedKiosk('Borne gardée', '1111');
    const byAgent = await call(t, `/api/sites/${paris.id}/kiosks/${kiosk.id}/settings-pin`, {
      method: 'PUT',
      cookie: cookies.agent,
      body: { settingsPin: '2222' },
    });
    expect(byAgent.status).toBe(403);
  });
});
