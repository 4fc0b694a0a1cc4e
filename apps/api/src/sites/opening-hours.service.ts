import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  bookingSlotSchema,
  isWithinSiteDates,
  type AffectedBooking,
  type OpeningExceptionInput,
  type OpeningHours,
  type ReplaceWeeklyOpening,
} from '@admz/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { formatSiteTime, siteToday } from '../common/site-time';
import { NotificationsService } from '../notifications/notifications.service';
import { OpeningExceptionRow, WeeklyOpeningRow } from './opening-hours.entity';
import { publicHolidayOn, upcomingPublicHolidays } from './public-holidays';
import { computeDaySchedule, isWithinOneRange } from './site-schedule';
import { Site } from './site.entity';
import { Clock } from '../common/clock';
import { z } from 'zod';
import { column, queryRows } from '../database/typed-query';
import { auditActorOf, insertAuditEvent } from '../audit/audit-queries';
import type { User } from '../users/user.entity';

const hhmm = (time: string | null) => (time === null ? null : time.slice(0, 5));

const candidateBookingRow = z.object({
  id: column.id,
  slot: bookingSlotSchema,
  date: column.date,
  startsAt: column.instant,
  endsAt: column.instant,
  givenName: column.text,
  usualName: column.text,
  email: column.text,
  label: column.text,
  zone: column.text,
  isKeyHolder: column.boolean,
});
type CandidateBooking = z.output<typeof candidateBookingRow>;

/** Who changes the hours, and how the audit log names the change. */
type HoursChange = {
  actor: User;
  kind: 'hours.weekly-replaced' | 'hours.exception-set' | 'hours.exception-removed';
};

/**
 * A site's weekly hours and dated exceptions. A change that would leave future bookings outside
 * the new hours is refused with the list (409) until the host confirms; then those bookings are
 * cancelled and their holders notified.
 */
@Injectable()
export class OpeningHoursService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async getOpeningHours(siteId: string, manager = this.dataSource.manager): Promise<OpeningHours> {
    const site = await this.findSite(manager, siteId);
    const [weekly, exceptions] = await Promise.all([
      manager.find(WeeklyOpeningRow, {
        where: { siteId },
        order: { weekday: 'ASC', opensAt: 'ASC' },
      }),
      manager.find(OpeningExceptionRow, { where: { siteId }, order: { date: 'ASC' } }),
    ]);
    return {
      weekly: weekly.map((range) => ({
        weekday: range.weekday,
        opensAt: hhmm(range.opensAt)!,
        closesAt: hhmm(range.closesAt)!,
      })),
      exceptions: exceptions.map((exception) => ({
        date: exception.date,
        isClosed: exception.isClosed,
        opensAt: hhmm(exception.opensAt),
        closesAt: hhmm(exception.closesAt),
        reason: exception.reason,
      })),
      upcomingHolidays: upcomingPublicHolidays(
        site.holidayRegion,
        siteToday(site.timezone, this.clock.now()),
      ),
    };
  }

  async replaceWeeklyOpening(
    actor: User,
    siteId: string,
    input: ReplaceWeeklyOpening,
    now = this.clock.now(),
  ): Promise<OpeningHours> {
    const change: HoursChange = { actor, kind: 'hours.weekly-replaced' };
    return this.changeHours(siteId, input.confirm, null, now, change, async (manager) => {
      await manager.delete(WeeklyOpeningRow, { siteId });
      if (input.weekly.length > 0) {
        await manager.insert(
          WeeklyOpeningRow,
          input.weekly.map((range) => ({ ...range, siteId })),
        );
      }
    });
  }

  async putOpeningException(
    actor: User,
    siteId: string,
    date: string,
    input: OpeningExceptionInput,
    now = this.clock.now(),
  ): Promise<OpeningHours> {
    const change: HoursChange = { actor, kind: 'hours.exception-set' };
    return this.changeHours(siteId, input.confirm, date, now, change, async (manager) => {
      await manager.upsert(
        OpeningExceptionRow,
        {
          siteId,
          date,
          isClosed: input.isClosed,
          opensAt: input.isClosed ? null : input.opensAt,
          closesAt: input.isClosed ? null : input.closesAt,
          reason: input.reason,
        },
        ['siteId', 'date'],
      );
    });
  }

  /** Back to the weekly hours (or the public holiday) that day: may close it, so the same rule. */
  async deleteOpeningException(
    actor: User,
    siteId: string,
    date: string,
    isConfirmed: boolean,
    now = this.clock.now(),
  ): Promise<OpeningHours> {
    const change: HoursChange = { actor, kind: 'hours.exception-removed' };
    return this.changeHours(siteId, isConfirmed, date, now, change, async (manager) => {
      const result = await manager.delete(OpeningExceptionRow, { siteId, date });
      if (!result.affected)
        throw new NotFoundException("Aucune exception d'horaires à cette date.");
    });
  }

  /**
   * An edit of the site that moves its days or hours (timezone, holiday region, extended
   * closing time, a temporary site's dates), applied by `applyChange` in the transaction that
   * lists, and on confirmation cancels, the bookings it leaves out. The site's edit records
   * itself in the audit log (`site.updated`), so no entry here.
   */
  async changeSiteSchedule(
    siteId: string,
    isConfirmed: boolean,
    applyChange: (manager: EntityManager) => Promise<void>,
    now = this.clock.now(),
  ): Promise<void> {
    await this.changeHours(siteId, isConfirmed, null, now, null, applyChange);
  }

  /**
   * Applies a change in a transaction, then looks at the future bookings it touches under the new
   * hours: without confirmation the transaction rolls back with the list; with it they are cancelled.
   */
  private async changeHours(
    siteId: string,
    isConfirmed: boolean,
    onlyDate: string | null,
    now: Date,
    change: HoursChange | null,
    applyChange: (manager: EntityManager) => Promise<void>,
  ): Promise<OpeningHours> {
    const { hours } = await this.dataSource.transaction(async (manager) => {
      const before = await this.getOpeningHours(siteId, manager);
      await applyChange(manager);
      // Read again: the change may be to the site itself (timezone, region, extended hours).
      const site = await this.findSite(manager, siteId);
      const affected = await this.findBookingsOutsideHours(manager, site, onlyDate, now);
      if (affected.length > 0 && !isConfirmed) {
        throw new ConflictException({
          message:
            `Ce changement d'horaires annulerait ${affected.length} réservation` +
            `${affected.length > 1 ? 's' : ''} à venir. Vérifiez la liste, puis confirmez pour ` +
            `les annuler et prévenir les personnes concernées.`,
          affectedBookings: affected.map((booking) => toAffectedBooking(booking, site.timezone)),
        });
      }
      const cancelled: { id: string }[] =
        affected.length === 0
          ? []
          : await manager.query(
              `WITH cancelled AS (
                 UPDATE bookings SET status = 'cancelled', cancelled_at = $2
                 WHERE id = ANY($1::uuid[]) AND status = 'confirmed' RETURNING id)
               SELECT id FROM cancelled`,
              [affected.map((booking) => booking.id), now],
            );
      const result = await this.getOpeningHours(siteId, manager);
      // The mails are jobs of this transaction: sent if and only if the cancellations commit.
      const cancelledIds = cancelled.map((row) => row.id);
      if (change) {
        await insertAuditEvent(manager, {
          at: now,
          kind: change.kind,
          actor: auditActorOf(change.actor),
          siteId,
          subject: onlyDate ?? 'Horaires de la semaine',
          before: auditedHours(before, onlyDate),
          after: { ...auditedHours(result, onlyDate), cancelledBookingIds: cancelledIds },
        });
      }
      await this.notifications.hoursChanged(siteId, cancelledIds, manager);
      return { hours: result };
    });
    return hours;
  }

  /** Confirmed bookings not yet over that the new hours leave (partly) outside opening time. */
  private async findBookingsOutsideHours(
    manager: EntityManager,
    site: Site,
    onlyDate: string | null,
    now: Date,
  ): Promise<CandidateBooking[]> {
    const candidates = await queryRows(
      manager,
      candidateBookingRow,
      `SELECT b.id, b.slot, b.local_date AS "date", b.starts_at AS "startsAt", b.ends_at AS "endsAt",
              u.given_name AS "givenName", u.usual_name AS "usualName", u.email, d.label, d.zone,
              EXISTS (SELECT 1 FROM site_roles r
                      WHERE r.user_id = b.user_id AND r.site_id = b.site_id AND r.role = 'key_holder') AS "isKeyHolder"
       FROM bookings b JOIN users u ON u.id = b.user_id JOIN desks d ON d.id = b.desk_id
       WHERE b.site_id = $1 AND b.status = 'confirmed' AND b.ends_at > $2
         AND ($3::date IS NULL OR b.local_date = $3::date)
       ORDER BY b.starts_at, d.label`,
      [site.id, now, onlyDate],
    );
    if (candidates.length === 0) return [];
    const dates = [...new Set(candidates.map((booking) => booking.date))];
    const [weekly, exceptions] = await Promise.all([
      queryRows(
        manager,
        z.object({ weekday: column.integer, opensAt: column.text, closesAt: column.text }),
        `SELECT weekday, opens_at AS "opensAt", closes_at AS "closesAt" FROM opening_hours WHERE site_id = $1`,
        [site.id],
      ),
      queryRows(
        manager,
        z.object({
          date: column.date,
          isClosed: column.boolean,
          opensAt: column.text.nullable(),
          closesAt: column.text.nullable(),
          reason: column.text,
        }),
        `SELECT date, is_closed AS "isClosed", opens_at AS "opensAt", closes_at AS "closesAt", reason
           FROM opening_exceptions WHERE site_id = $1 AND date = ANY($2::date[])`,
        [site.id, dates],
      ),
    ]);
    const scheduleOf = (date: string, isKeyHolder: boolean) =>
      computeDaySchedule({
        date,
        timezone: site.timezone,
        middayAt: site.middayAt,
        weekly,
        exception: exceptions.find((exception) => exception.date === date) ?? null,
        holiday: publicHolidayOn(site.holidayRegion, date),
        extendedClosesAt: isKeyHolder ? site.extendedClosesAt : null,
      });
    return candidates.filter((booking) => {
      // A temporary site's new dates leave this day out.
      if (!isWithinSiteDates(site, booking.date)) return true;
      const schedule = scheduleOf(booking.date, booking.isKeyHolder);
      if (!schedule.isOpen) return true;
      if (booking.slot === 'hour') {
        const start = formatSiteTime(new Date(booking.startsAt), site.timezone);
        const end = formatSiteTime(new Date(booking.endsAt), site.timezone);
        return !isWithinOneRange(schedule.ranges, start, end);
      }
      // A half or full day stays while it lies within the new opening span (a new lunch break is fine).
      const day = schedule.slots.find((candidate) => candidate.slot === 'day')!;
      return new Date(booking.startsAt) < day.startsAt || new Date(booking.endsAt) > day.endsAt;
    });
  }

  private async findSite(manager: EntityManager, siteId: string): Promise<Site> {
    const site = await manager.findOneBy(Site, { id: siteId });
    if (!site) throw new NotFoundException("Ce site n'existe pas.");
    return site;
  }
}

function toAffectedBooking(booking: CandidateBooking, timezone: string): AffectedBooking {
  return {
    bookingId: booking.id,
    person: { givenName: booking.givenName, usualName: booking.usualName, email: booking.email },
    desk: { label: booking.label, zone: booking.zone },
    date: booking.date,
    localStart: formatSiteTime(new Date(booking.startsAt), timezone),
    localEnd: formatSiteTime(new Date(booking.endsAt), timezone),
  };
}

/** What the audit log keeps of the hours: the week, or the one dated exception that changed. */
function auditedHours(hours: OpeningHours, onlyDate: string | null) {
  if (onlyDate === null) return { weekly: hours.weekly };
  return { exception: hours.exceptions.find((exception) => exception.date === onlyDate) ?? null };
}
