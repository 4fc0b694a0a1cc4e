import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { Booking } from '../bookings/booking.entity';
import { LoginAttempt, Session } from '../auth/session.entity';
import { Kiosk } from '../kiosks/kiosk.entity';
import { OutboxMessage } from '../mail/outbox-message.entity';
import { Desk } from '../sites/desk.entity';
import { ZonePlanRow } from '../floor-plans/zone-plan.entity';
import { OpeningExceptionRow, WeeklyOpeningRow } from '../sites/opening-hours.entity';
import { Site } from '../sites/site.entity';
import { SiteRulesRow } from '../sites/site-rules.entity';
import { SiteRole, User } from '../users/user.entity';
import { BookingSeries } from '../booking-series/booking-series.entity';
import { WaitlistEntry } from '../waitlist/waitlist-entry.entity';
import { InitialSchema1763800000000 } from './migrations/1763800000000-initial-schema';
import { MailOutboxAndCalendarFeeds1764200000000 } from './migrations/1764200000000-mail-outbox-and-calendar-feeds';
import { ZonePlans1764300000000 } from './migrations/1764300000000-zone-plans';
import { CheckInAtTheDoor1764400000000 } from './migrations/1764400000000-check-in-at-the-door';
import { HourlyZones1764500000000 } from './migrations/1764500000000-hourly-zones';
import { Guests1764920000000 } from './migrations/1764920000000-guests';
import { PopulationRules1764930000000 } from './migrations/1764930000000-population-rules';
import { KioskSettingsPin1764940000000 } from './migrations/1764940000000-kiosk-settings-pin';
import { AvailabilityNotify1764961000000 } from './migrations/1764961000000-availability-notify';
import { SessionsNotify1764975000000 } from './migrations/1764975000000-sessions-notify';
import { AnalyticsCoarserRollups1764990000000 } from './migrations/1764990000000-analytics-coarser-rollups';
import { AnalyticsOrganisationYears1764995000000 } from './migrations/1764995000000-analytics-organisation-years';
import { AvailabilityNoticeAdds1765003000000 } from './migrations/1765003000000-availability-notice-adds';
import { PrivacyRetentionAndHashedFeeds1764607140000 } from './migrations/1764607140000-privacy-retention-and-hashed-feeds';
import { KioskOfflinePeriods1764610000000 } from './migrations/1764610000000-kiosk-offline-periods';
import { AttemptCounters1764611000000 } from './migrations/1764611000000-attempt-counters';
import { HostInvitationsAndAudit1764700000000 } from './migrations/1764700000000-host-invitations-and-audit';
import { HostAttendanceAndOnBehalf1764820000000 } from './migrations/1764820000000-host-attendance-and-on-behalf';
import { SiteLifecycleAndPhotos1764800000000 } from './migrations/1764800000000-site-lifecycle-and-photos';
import { Zones1764810000000 } from './migrations/1764810000000-zones';
import { BookingOrganisationsAndAnalytics1764830000000 } from './migrations/1764830000000-booking-organisations-and-analytics';
import { Events1764840000000 } from './migrations/1764840000000-events';
import { AnalyticsRollups1764845000000 } from './migrations/1764845000000-analytics-rollups';
import { EventRegistrations1764850000000 } from './migrations/1764850000000-event-registrations';
import { EventCancellation1764860000000 } from './migrations/1764860000000-event-cancellation';
import { EventMessages1764870000000 } from './migrations/1764870000000-event-messages';
import { EventVisioLinks1764875000000 } from './migrations/1764875000000-event-visio-links';
import { EventCheckIns1764880000000 } from './migrations/1764880000000-event-check-ins';
import { EventArchives1764890000000 } from './migrations/1764890000000-event-archives';
import { PresenceProfiles1764910000000 } from './migrations/1764910000000-presence-profiles';
import { Rooms1764900000000 } from './migrations/1764900000000-rooms';
import { BookingSeriesAndWaitlist1764100000000 } from './migrations/1764100000000-booking-series-and-waitlist';
import { OpeningHoursAndSiteRules1764000000000 } from './migrations/1764000000000-opening-hours-and-site-rules';
import { poolNames, type PoolName } from './pool-names';

// A `date` is a calendar day, not an instant: keep it as the 'YYYY-MM-DD' text PostgreSQL sends.
types.setTypeParser(types.builtins.DATE, (value) => value);

export const entities = [
  Site,
  Desk,
  ZonePlanRow,
  WeeklyOpeningRow,
  OpeningExceptionRow,
  User,
  SiteRole,
  Session,
  LoginAttempt,
  Kiosk,
  Booking,
  BookingSeries,
  WaitlistEntry,
  SiteRulesRow,
  OutboxMessage,
];

export const migrations = [
  InitialSchema1763800000000,
  OpeningHoursAndSiteRules1764000000000,
  BookingSeriesAndWaitlist1764100000000,
  MailOutboxAndCalendarFeeds1764200000000,
  ZonePlans1764300000000,
  CheckInAtTheDoor1764400000000,
  HourlyZones1764500000000,
  PrivacyRetentionAndHashedFeeds1764607140000,
  KioskOfflinePeriods1764610000000,
  AttemptCounters1764611000000,
  HostInvitationsAndAudit1764700000000,
  HostAttendanceAndOnBehalf1764820000000,
  SiteLifecycleAndPhotos1764800000000,
  Zones1764810000000,
  BookingOrganisationsAndAnalytics1764830000000,
  Events1764840000000,
  AnalyticsRollups1764845000000,
  EventRegistrations1764850000000,
  EventCancellation1764860000000,
  EventMessages1764870000000,
  EventVisioLinks1764875000000,
  EventCheckIns1764880000000,
  EventArchives1764890000000,
  PresenceProfiles1764910000000,
  Rooms1764900000000,
  Guests1764920000000,
  PopulationRules1764930000000,
  KioskSettingsPin1764940000000,
  AvailabilityNotify1764961000000,
  SessionsNotify1764975000000,
  AnalyticsCoarserRollups1764990000000,
  AnalyticsOrganisationYears1764995000000,
  AvailabilityNoticeAdds1765003000000,
];

/** `applicationName`: see pool-names.ts. */
export function buildDataSourceOptions(
  url: string,
  poolSize = 20,
  applicationName: PoolName = poolNames.requests,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    // Expected failures (a 23P01 on a race) are answered as 409s; real ones are logged by the error filter.
    logging: false,
    // Named like the jobs' and listeners' connections: pg_stat_activity tells who holds what.
    applicationName,
    extra: { max: poolSize },
  };
}
