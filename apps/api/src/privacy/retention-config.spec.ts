import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';

describe('retention periods in the environment', () => {
  it('defaults to 3 months of presence and 12 months of bookings', () => {
    expect(loadConfig({}).retention).toEqual({
      presenceMonths: 3,
      bookingsMonths: 12,
      expiredSessionsDays: 0,
      outboxDays: 30,
      jobsDays: 7,
    });
  });

  it('reads an empty value (as in .env.example) as the default, and a number as given', () => {
    const config = loadConfig({
      RETENTION_PRESENCE_MONTHS: '',
      RETENTION_BOOKINGS_MONTHS: '24',
      RETENTION_EXPIRED_SESSIONS_DAYS: '30',
      RETENTION_OUTBOX_DAYS: '',
      RETENTION_JOBS_DAYS: '2',
    });
    expect(config.retention).toEqual({
      presenceMonths: 3,
      bookingsMonths: 24,
      expiredSessionsDays: 30,
      outboxDays: 30,
      jobsDays: 2,
    });
  });

  it('refuses a period that is not a whole number in range, naming the variable', () => {
    expect(() => loadConfig({ RETENTION_PRESENCE_MONTHS: '0' })).toThrow(
      /RETENTION_PRESENCE_MONTHS/,
    );
    expect(() => loadConfig({ RETENTION_JOBS_DAYS: 'une semaine' })).toThrow(/RETENTION_JOBS_DAYS/);
    expect(() => loadConfig({ RETENTION_BOOKINGS_MONTHS: '1.5' })).toThrow(
      /RETENTION_BOOKINGS_MONTHS/,
    );
  });
});
