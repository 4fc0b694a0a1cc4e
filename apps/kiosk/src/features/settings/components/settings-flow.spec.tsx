// @vitest-environment jsdom
import type { KioskIdentity } from '@admz/shared';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { LanguageProvider } from '../../../i18n/language';
import { defaultKioskSettings } from '../kiosk-settings';
import { SettingsFlow } from './settings-flow';
import { settingsIdleLockMs } from './settings-screens';

const identity: KioskIdentity = {
  kioskId: '7d5c3d1e-2b7a-4a57-9a53-0d6f2c1e9b11',
  name: 'Borne de l’entrée',
  site: {
    id: '2f0a6c1e-8a55-4c1f-9d61-5b1f0f0c2d22',
    name: 'AdmZ Paris',
    timezone: 'Europe/Paris',
  },
  message: '',
  occupancy: { present: 0, booked: 0, capacity: 10 },
  serverTime: '2027-03-09T08:30:00.000Z',
};

type SentUnlock = { authorization: string | null; body: unknown };
let sent: SentUnlock[];
/** The API's answers to the next unlock requests, in order. */
let answers: { status: number; body: unknown }[];

beforeEach(() => {
  sent = [];
  answers = [];
  vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
    expect(path).toBe('/api/kiosk/settings-unlock');
    sent.push({
      authorization: new Headers(init.headers).get('authorization'),
      body: JSON.parse(String(init.body)),
    });
    const answer = answers.shift() ?? { status: 500, body: {} };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function renderFlow(isOffline = false) {
  const onClose = vi.fn();
  render(
    <LanguageProvider>
      <SettingsFlow
        credential="kiosk_test"
        identity={identity}
        isOffline={isOffline}
        settings={defaultKioskSettings}
        onChange={() => {}}
        onClose={onClose}
      />
    </LanguageProvider>,
  );
  return { onClose };
}

const guardSwitch = () => screen.queryByLabelText('Empêcher de quitter la page');

describe('kiosk settings behind the settings code', () => {
  test('locked: nothing of the settings is rendered, the code is asked', () => {
    renderFlow();
    expect(screen.getByLabelText(/Code des réglages/)).toBeTruthy();
    expect(guardSwitch()).toBeNull();
    expect(screen.queryByText('Son à chaque scan')).toBeNull();
  });

  test('a wrong code: the API’s sentence is shown, the field emptied, the settings still hidden', async () => {
    answers.push({
      status: 403,
      body: {
        statusCode: 403,
        error: 'Forbidden',
        message:
          'Code des réglages incorrect : encore 4 essais avant le blocage des réglages pendant 5 minutes.',
      },
    });
    const person = userEvent.setup();
    renderFlow();
    await person.type(screen.getByLabelText(/Code des réglages/), '9999{Enter}');
    expect(await screen.findByText(/encore 4 essais avant le blocage/)).toBeTruthy();
    expect(sent).toEqual([{ authorization: 'Bearer kiosk_test', body: { settingsPin: '9999' } }]);
    expect((screen.getByLabelText(/Code des réglages/) as HTMLInputElement).value).toBe('');
    expect(guardSwitch()).toBeNull();
  });

  test('with the keyboard alone: typing the right code and Enter opens the settings', async () => {
    answers.push({ status: 200, body: { unlocked: true } });
    const person = userEvent.setup();
    renderFlow();
    await person.keyboard('12a34');
    // Digits only, whatever else is typed.
    expect((screen.getByLabelText(/Code des réglages/) as HTMLInputElement).value).toBe('1234');
    await person.keyboard('{Enter}');
    expect(await screen.findByLabelText('Empêcher de quitter la page')).toBeTruthy();
    expect(sent).toEqual([{ authorization: 'Bearer kiosk_test', body: { settingsPin: '1234' } }]);
  });

  test('an empty code is not sent', async () => {
    const person = userEvent.setup();
    renderFlow();
    await person.click(screen.getByRole('button', { name: 'Ouvrir les réglages' }));
    expect(screen.getByText('Saisissez le code des réglages.')).toBeTruthy();
    expect(sent).toEqual([]);
  });

  test('offline: the settings cannot be opened, and nothing is sent', () => {
    renderFlow(true);
    expect(screen.getByText(/Hors connexion, les réglages ne s’ouvrent pas/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ouvrir les réglages' })).toBeNull();
    expect(guardSwitch()).toBeNull();
    expect(sent).toEqual([]);
  });

  test('opened settings close (and so lock) after 2 minutes without a touch', async () => {
    answers.push({ status: 200, body: { unlocked: true } });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const person = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { onClose } = renderFlow();
    await person.type(screen.getByLabelText(/Code des réglages/), '1234{Enter}');
    expect(await screen.findByLabelText('Empêcher de quitter la page')).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(settingsIdleLockMs - 1_000);
    });
    expect(onClose).not.toHaveBeenCalled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2_000);
    });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
