import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import type { AttendanceEvent } from '../live-events';
import { ConnectionIndicator } from './connection-indicator';
import { LiveFeed } from './live-feed';

const siteId = '2f8b1c3e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';

const departure: AttendanceEvent = {
  type: 'attendance',
  siteId,
  bookingId: '7c6b5a49-3828-4716-9504-a3b2c1d0e9f8',
  change: 'checked_out',
  at: '2027-03-18T16:40:00.000Z',
  person: { givenName: 'Camille', usualName: 'Martin' },
  deskLabel: 'A-04',
};

beforeEach(async () => {
  await setLanguage('en');
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  localStorage.clear();
});

describe('the live board in English', () => {
  test('the connection and the arrivals and departures read in English', () => {
    render(
      <>
        <h2 id="live-title">Live</h2>
        <ConnectionIndicator connection="reconnecting" />
        <LiveFeed feed={[departure]} timezone="Europe/Paris" labelledBy="live-title" />
      </>,
    );
    expect(screen.getByRole('status').textContent).toBe('Reconnecting…');
    expect(screen.getByText('Camille Martin left — desk A-04 — 17:40')).toBeTruthy();
    expect(screen.queryByText(/est parti·e/)).toBeNull();
  });

  test('an empty feed says so in English', () => {
    render(<LiveFeed feed={[]} timezone="Europe/Paris" labelledBy="none" />);
    expect(screen.getByText('No arrivals or departures since this page was opened.')).toBeTruthy();
    expect(screen.queryByText(/Aucune arrivée/)).toBeNull();
  });
});
