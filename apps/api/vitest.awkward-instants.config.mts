import { defineConfig } from 'vitest/config';
import { integrationProject } from './vitest.config.mts';

/**
 * The suite must not depend on today: CI runs the day-sensitive files again with the test servers'
 * clock starting at each of these instants (`ADMZ_TEST_NOW`, read by test/test-app.ts). Each
 * instant runs the files whose rules it stresses: times of day around a clock change; date
 * arithmetic on 29 February and at the new year; closures on a holiday and a weekend. One
 * project per instant, all in one run: its files share the run's workers instead of each instant
 * waiting for the slowest file of the one before.
 */
const clockChangeFiles = [
  'bookings',
  'opening-hours',
  'qr-rotation',
  'attendance',
  'check-ins',
  'today-board',
];
const dateFiles = ['bookings', 'booking-series', 'site-rules', 'per-person-rules', 'waitlist'];

const awkwardInstants: { instant: string; files: string[] }[] = [
  // The spring clock change, before the skipped hour, then after it.
  { instant: '2027-03-28T01:30:00+01:00', files: [...clockChangeFiles, 'guests'] },
  { instant: '2027-03-28T03:30:00+02:00', files: [...clockChangeFiles, 'rooms'] },
  // The autumn clock change, inside the repeated hour.
  { instant: '2027-10-31T02:30:00+02:00', files: clockChangeFiles },
  // 29 February.
  { instant: '2028-02-29T08:55:00+01:00', files: [...dateFiles, 'rooms'] },
  // Ten minutes before the new year.
  {
    instant: '2027-12-31T23:50:00+01:00',
    files: [...dateFiles, 'today-board', 'attendance', 'guests', 'presence'],
  },
  // Easter Monday, a public holiday.
  {
    instant: '2027-03-29T08:55:00+02:00',
    files: ['opening-hours', 'bookings', 'booking-series', 'today-board', 'check-ins', 'presence'],
  },
  // A Friday evening, the site closed until Monday.
  {
    instant: '2027-03-12T19:30:00+01:00',
    files: [
      'bookings',
      'waitlist',
      'today-board',
      'attendance',
      'site-rules',
      'per-person-rules',
      'check-ins',
      'rooms',
      'presence',
      'guests',
    ],
  },
];

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: awkwardInstants.map(({ instant, files }) => {
      const integration = integrationProject();
      return {
        ...integration,
        test: {
          ...integration.test,
          name: `ADMZ_TEST_NOW=${instant}`,
          include: files.map((file) => `test/${file}.spec.ts`),
          env: { ADMZ_TEST_NOW: instant },
        },
      };
    }),
  },
});
