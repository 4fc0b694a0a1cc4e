import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { Booking } from '../bookings/booking.entity';
import { LoginAttempt, Session } from '../auth/session.entity';
import { Kiosk } from '../kiosks/kiosk.entity';
import { Desk } from '../sites/desk.entity';
import { OpeningExceptionRow, WeeklyOpeningRow } from '../sites/opening-hours.entity';
import { Site } from '../sites/site.entity';
import { SiteRole, User } from '../users/user.entity';
import { InitialSchema1763800000000 } from './migrations/1763800000000-initial-schema';

// A `date` is a calendar day, not an instant: keep it as the 'YYYY-MM-DD' text PostgreSQL sends.
types.setTypeParser(types.builtins.DATE, (value) => value);

export const entities = [
  Site,
  Desk,
  WeeklyOpeningRow,
  OpeningExceptionRow,
  User,
  SiteRole,
  Session,
  LoginAttempt,
  Kiosk,
  Booking,
];

export const migrations = [InitialSchema1763800000000];

export function buildDataSourceOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    // Expected failures (a 23P01 on a race) are answered as 409s; real ones are logged by the error filter.
    logging: false,
    extra: { max: poolSize },
  };
}
