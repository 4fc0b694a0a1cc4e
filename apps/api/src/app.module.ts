import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from './auth/auth.module';
import { BookingsModule } from './bookings/bookings.module';
import { BookingSeriesModule } from './booking-series/booking-series.module';
import { CalendarFeedsModule } from './calendar-feeds/calendar-feeds.module';
import { JobsModule } from './jobs/jobs.module';
import { WaitlistModule } from './waitlist/waitlist.module';
import { QR_SIGNING_KEYS, QrTokensService } from './check-ins/qr-tokens.service';
import { loadQrSigningKeys } from './check-ins/qr-signing-keys';
import { CheckInsModule } from './check-ins/check-ins.module';
import { Clock, MovableClock, SystemClock } from './common/clock';
import { HttpErrorFilter } from './common/http-error.filter';
import { ZodValidationPipe } from './common/zod-validation.pipe';
import { APP_CONFIG, type AppConfig } from './config';
import { buildDataSourceOptions } from './database/data-source';
import { poolNames } from './database/pool-names';
import { DATABASE_CONNECTION, type DatabaseConnection } from './database/database-connection';
import { DatabaseNoticesService } from './database/database-notices.service';
import type { DatabaseNotifications } from './database/embedded-database';
import { LiveModule } from './live/live.module';
import { FloorPlansModule } from './floor-plans/floor-plans.module';
import { HealthModule } from './health/health.module';
import { KiosksModule } from './kiosks/kiosks.module';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PrivacyModule } from './privacy/privacy.module';
import { AuditModule } from './audit/audit.module';
import { AnalyticsModule } from './analytics/analytics.module';
import { HostsModule } from './hosts/hosts.module';
import { TodayBoardModule } from './today-board/today-board.module';
import { SitesModule } from './sites/sites.module';
import { SiteConsoleModule } from './site-console/site-console.module';
import { EventsModule } from './events/events.module';
import { PublicAgendaModule } from './public-agenda/public-agenda.module';
import { PresenceModule } from './presence/presence.module';
import { RoomsModule } from './rooms/rooms.module';
import { GuestsModule } from './guests/guests.module';

export type AppModuleOptions = {
  config: AppConfig;
  databaseUrl: string;
  /** The embedded database's NOTIFY messages; undefined with a server (LISTEN is used). */
  databaseNotifications?: DatabaseNotifications;
  /** Where development keys persist; undefined in tests (fresh keys per process). */
  persistDir: string | undefined;
  /** The clock every reading of the time goes through; default from `config.clockStart`. */
  clock?: Clock;
};

function chooseClock(options: AppModuleOptions): Clock {
  if (options.clock) return options.clock;
  const { clockStart } = options.config;
  return clockStart ? new MovableClock(clockStart) : new SystemClock();
}

@Global()
@Module({})
class CoreModule {
  static register(options: AppModuleOptions): DynamicModule {
    const { config, persistDir } = options;
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: chooseClock(options) },
        { provide: QR_SIGNING_KEYS, useValue: loadQrSigningKeys(config, persistDir) },
        QrTokensService,
        DatabaseNoticesService,
        {
          provide: DATABASE_CONNECTION,
          useValue: {
            url: options.databaseUrl,
            notifications: options.databaseNotifications ?? null,
            namesStatements: options.databaseNotifications === undefined,
          } satisfies DatabaseConnection,
        },
      ],
      exports: [
        APP_CONFIG,
        Clock,
        QR_SIGNING_KEYS,
        QrTokensService,
        DATABASE_CONNECTION,
        DatabaseNoticesService,
      ],
    };
  }
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(options),
        TypeOrmModule.forRoot(
          buildDataSourceOptions(
            options.databaseUrl,
            options.config.databasePoolSize,
            options.config.processRole === 'worker' ? poolNames.worker : poolNames.requests,
          ),
        ),
        MailModule.register({ persistDir: options.persistDir }),
        NotificationsModule,
        AuthModule,
        SitesModule,
        KiosksModule,
        CheckInsModule,
        BookingsModule,
        FloorPlansModule,
        JobsModule.register(options.databaseUrl),
        BookingSeriesModule,
        WaitlistModule,
        CalendarFeedsModule,
        LiveModule,
        HealthModule,
        PrivacyModule,
        AuditModule,
        AnalyticsModule,
        HostsModule,
        TodayBoardModule,
        SiteConsoleModule,
        EventsModule,
        PublicAgendaModule,
        PresenceModule,
        RoomsModule,
        GuestsModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
    };
  }
}
