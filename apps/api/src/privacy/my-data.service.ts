import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { AccountDeletion, MyData } from '@admz/shared';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { CurrentUserContext } from '../auth/access.decorators';
import { SESSION_COOKIE } from '../auth/sessions.service';
import { BookingsService } from '../bookings/bookings.service';
import { EventRegistrationsService } from '../events/event-registrations.service';
import { RoomsService } from '../rooms/rooms.service';
import { listAllRoomBookingsBookedBy } from '../rooms/room-queries';
import { APP_CONFIG, type AppConfig } from '../config';
import { removeEmlFiles, RetentionService } from './retention.service';
import { Clock } from '../common/clock';
import { z } from 'zod';
import { column, queryAffectedCount, queryRows } from '../database/typed-query';
import { readPresenceProfile } from '../presence/presence-queries';
import {
  assignedDeskRow,
  auditEventRow,
  bookingToCancelRow,
  identityRow,
  keptMailRow,
  statisticsMonthRow,
  eventProposalRow,
  guestInvitationRow,
  eventRegistrationRow,
  offlineScanRow,
  seriesRow,
  sessionRow,
  siteRoleRow,
  toBookingToCancel,
  waitlistEntryRow,
  bookingRow,
} from './my-data-rows';

const iso = (instant: Date) => instant.toISOString();
const isoOrNull = (instant: Date | null) => instant?.toISOString() ?? null;

/** Mails of the development outbox addressed to `$n` (`"Name" <address>`); no LIKE, e-mails hold `_`. */
const isAddressedTo = (parameter: string) =>
  `right(lower(to_address), length(${parameter}) + 2) = '<' || lower(${parameter}) || '>'`;

/**
 * « Mes données »: everything AdmZ holds about a person (RGPD access and portability), and the
 * deletion of their account (erasure), which serves the waiting lists their bookings freed.
 */
@Injectable()
export class MyDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bookingsService: BookingsService,
    private readonly eventRegistrations: EventRegistrationsService,
    private readonly rooms: RoomsService,
    private readonly retention: RetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async exportMyData(
    { user, sessionId }: CurrentUserContext,
    now = this.clock.now(),
  ): Promise<MyData> {
    const query = <Row extends z.core.$ZodType>(
      row: Row,
      sql: string,
      parameters: readonly unknown[] = [user.id],
    ) => queryRows(this.dataSource.manager, row, sql, parameters);
    const [identity] = await query(
      identityRow,
      `SELECT id, sub, given_name, usual_name, email, uid, siret, idp_id, organization_label,
              is_admin, created_at, last_login_at, calendar_token_created_at,
              calendar_token_hash IS NOT NULL AS has_calendar_feed
       FROM users WHERE id = $1`,
    );
    if (!identity) throw new NotFoundException("Ce compte n'existe plus.");
    const [siteRoles, assignedDesks, bookings, series, waitlistEntries, offlineScans] =
      await Promise.all([
        query(
          siteRoleRow,
          `SELECT r.site_id, s.name AS site_name, r.role FROM site_roles r
           JOIN sites s ON s.id = r.site_id WHERE r.user_id = $1 ORDER BY s.name, r.role`,
        ),
        query(
          assignedDeskRow,
          `SELECT s.name AS site_name, d.label, d.zone FROM desks d
           JOIN sites s ON s.id = d.site_id WHERE d.assigned_user_id = $1 ORDER BY s.name, d.label`,
        ),
        query(
          bookingRow,
          `SELECT b.id, s.name AS site_name, s.timezone, d.label, d.zone, b.local_date, b.slot, b.starts_at,
                  b.ends_at, b.status, b.is_walk_in, b.series_id, b.created_at, b.cancelled_at,
                  b.checked_in_at, k.name AS kiosk_name, b.checked_out_at, b.released_at,
                  b.mail_qr_used_at, b.reminded_at, b.presence
           FROM bookings b JOIN sites s ON s.id = b.site_id JOIN desks d ON d.id = b.desk_id
           LEFT JOIN kiosks k ON k.id = b.checked_in_kiosk_id
           WHERE b.user_id = $1 ORDER BY b.starts_at, b.created_at`,
        ),
        query(
          seriesRow,
          `SELECT bs.id, s.name AS site_name, d.label, bs.slot, bs.weekdays, bs.from_date,
                  bs.until_date, bs.created_at, bs.cancelled_at
           FROM booking_series bs JOIN sites s ON s.id = bs.site_id JOIN desks d ON d.id = bs.desk_id
           WHERE bs.user_id = $1 ORDER BY bs.from_date, bs.created_at`,
        ),
        query(
          waitlistEntryRow,
          `SELECT e.id, s.name AS site_name, e.local_date, e.slot, e.zone, e.status, e.created_at,
                  e.promoted_at, e.ended_at
           FROM waitlist_entries e JOIN sites s ON s.id = e.site_id
           WHERE e.user_id = $1 ORDER BY e.starts_at, e.created_at`,
        ),
        query(
          offlineScanRow,
          `SELECT o.booking_id, k.name AS kiosk_name, o.outcome, o.message, o.scanned_at, o.received_at
           FROM offline_check_ins o JOIN bookings b ON b.id = o.booking_id
           JOIN kiosks k ON k.id = o.kiosk_id
           WHERE b.user_id = $1 ORDER BY o.scanned_at`,
        ),
      ]);
    const roomBookings = await listAllRoomBookingsBookedBy(this.dataSource.manager, user.id);
    const [eventRegistrations, eventProposals, guestInvitations] = await Promise.all([
      query(
        eventRegistrationRow,
        `SELECT e.title, s.name AS site_name, e.local_date, r.mode, r.status, r.created_at,
                r.cancelled_at
         FROM event_registrations r JOIN events e ON e.id = r.event_id
         JOIN sites s ON s.id = e.site_id
         WHERE r.user_id = $1 ORDER BY e.starts_at, r.created_at`,
      ),
      query(
        eventProposalRow,
        `SELECT e.title, s.name AS site_name, e.local_date, e.status, e.created_at
         FROM events e JOIN sites s ON s.id = e.site_id
         WHERE e.proposed_by_user_id = $1 ORDER BY e.starts_at, e.created_at`,
      ),
      query(
        guestInvitationRow,
        `SELECT s.name AS site_name, g.local_date, g.given_name, g.usual_name, g.organisation,
                g.status, g.created_at
         FROM guest_invitations g JOIN sites s ON s.id = g.site_id
         WHERE g.invited_by_user_id = $1 ORDER BY g.local_date, g.created_at`,
      ),
    ]);
    const presenceProfile = await readPresenceProfile(this.dataSource.manager, user.id);
    const [sessions, keptMails, auditEvents, statisticsMonths] = await Promise.all([
      query(
        sessionRow,
        `SELECT id, created_at, expires_at FROM sessions WHERE user_id = $1 AND expires_at > $2
         ORDER BY created_at`,
        [user.id, now],
      ),
      query(
        keptMailRow,
        `SELECT created_at, subject FROM outbox_messages WHERE ${isAddressedTo('$1')}
         ORDER BY created_at`,
        [identity.email],
      ),
      // What I did, and what was done about me: entries naming me by id or by address.
      query(
        auditEventRow,
        `SELECT a.at, a.kind, a.actor_user_id IS NOT DISTINCT FROM $1 AS is_actor,
                s.name AS site_name, a.subject
         FROM audit_events a LEFT JOIN sites s ON s.id = a.site_id
         WHERE a.actor_user_id = $1
            OR a.before @> jsonb_build_object('userId', $1::text)
            OR a.after @> jsonb_build_object('userId', $1::text)
            OR a.before @> jsonb_build_object('email', $2::text)
            OR a.after @> jsonb_build_object('email', $2::text)
         ORDER BY a.at, a.id`,
        [user.id, identity.email],
      ),
      query(
        statisticsMonthRow,
        `SELECT s.name AS site_name, to_char(v.month, 'YYYY-MM') AS month, v.visit_days,
                v.first_day, v.last_day
         FROM analytics_visitor_months v JOIN sites s ON s.id = v.site_id
         WHERE v.user_id = $1 ORDER BY v.month, s.name`,
        [user.id],
      ),
    ]);

    return {
      exportedAt: iso(now),
      identity: {
        id: identity.id,
        sub: identity.sub,
        givenName: identity.given_name,
        usualName: identity.usual_name,
        email: identity.email,
        uid: identity.uid,
        siret: identity.siret,
        idpId: identity.idp_id,
        organizationLabel: identity.organization_label,
        isAdmin: identity.is_admin,
        createdAt: iso(identity.created_at),
        lastLoginAt: isoOrNull(identity.last_login_at),
      },
      siteRoles: siteRoles.map((row) => ({
        siteId: row.site_id,
        siteName: row.site_name,
        role: row.role,
      })),
      assignedDesks: assignedDesks.map((row) => ({
        siteName: row.site_name,
        deskLabel: row.label,
        zone: row.zone,
      })),
      bookings: bookings.map((row) => ({
        id: row.id,
        siteName: row.site_name,
        siteTimezone: row.timezone,
        deskLabel: row.label,
        zone: row.zone,
        date: row.local_date,
        slot: row.slot,
        startsAt: iso(row.starts_at),
        endsAt: iso(row.ends_at),
        status: row.status,
        isWalkIn: row.is_walk_in,
        seriesId: row.series_id,
        createdAt: iso(row.created_at),
        cancelledAt: isoOrNull(row.cancelled_at),
        checkedInAt: isoOrNull(row.checked_in_at),
        checkedInKioskName: row.kiosk_name,
        checkedOutAt: isoOrNull(row.checked_out_at),
        releasedAt: isoOrNull(row.released_at),
        mailQrCodeUsedAt: isoOrNull(row.mail_qr_used_at),
        remindedAt: isoOrNull(row.reminded_at),
        presence: row.presence,
      })),
      presenceProfile: presenceProfile && {
        isVisible: presenceProfile.isVisible,
        workSummary: presenceProfile.workSummary,
        skillTags: presenceProfile.skillTags,
        updatedAt: iso(presenceProfile.updatedAt),
      },
      bookingSeries: series.map((row) => ({
        id: row.id,
        siteName: row.site_name,
        deskLabel: row.label,
        slot: row.slot,
        weekdays: row.weekdays.map(Number),
        from: row.from_date,
        until: row.until_date,
        createdAt: iso(row.created_at),
        cancelledAt: isoOrNull(row.cancelled_at),
      })),
      waitlistEntries: waitlistEntries.map((row) => ({
        id: row.id,
        siteName: row.site_name,
        date: row.local_date,
        slot: row.slot,
        zone: row.zone,
        status: row.status,
        createdAt: iso(row.created_at),
        promotedAt: isoOrNull(row.promoted_at),
        endedAt: isoOrNull(row.ended_at),
      })),
      offlineScans: offlineScans.map((row) => ({
        bookingId: row.booking_id,
        kioskName: row.kiosk_name,
        outcome: row.outcome,
        message: row.message,
        scannedAt: iso(row.scanned_at),
        receivedAt: iso(row.received_at),
      })),
      calendarFeed: {
        isActive: identity.has_calendar_feed,
        createdAt: isoOrNull(identity.calendar_token_created_at),
      },
      sessions: sessions.map((row) => ({
        createdAt: iso(row.created_at),
        expiresAt: iso(row.expires_at),
        isCurrent: row.id === sessionId,
      })),
      eventRegistrations: eventRegistrations.map((row) => ({
        eventTitle: row.title,
        siteName: row.site_name,
        date: row.local_date,
        mode: row.mode,
        status: row.status,
        createdAt: iso(row.created_at),
        cancelledAt: isoOrNull(row.cancelled_at),
      })),
      roomBookings: roomBookings.map((row) => ({
        id: row.id,
        roomName: row.room.name,
        siteName: row.siteName,
        title: row.title,
        date: row.date,
        startsAt: iso(row.startsAt),
        endsAt: iso(row.endsAt),
        headcount: row.headcount,
        attendeeEmails: row.attendeeEmails,
        status: row.status,
        createdAt: iso(row.createdAt),
        cancelledAt: isoOrNull(row.cancelledAt),
      })),
      guestInvitations: guestInvitations.map((row) => ({
        siteName: row.site_name,
        date: row.local_date,
        guestName:
          row.given_name === null ? null : `${row.given_name} ${row.usual_name ?? ''}`.trim(),
        organisation: row.organisation,
        status: row.status,
        createdAt: iso(row.created_at),
      })),
      eventProposals: eventProposals.map((row) => ({
        title: row.title,
        siteName: row.site_name,
        date: row.local_date,
        status: row.status,
        createdAt: iso(row.created_at),
      })),
      statisticsMonths: statisticsMonths.map((row) => ({
        siteName: row.site_name,
        month: row.month,
        visitDays: row.visit_days,
        firstDay: row.first_day,
        lastDay: row.last_day,
      })),
      keptMails: keptMails.map((row) => ({ createdAt: iso(row.created_at), subject: row.subject })),
      auditEvents: auditEvents.map((row) => ({
        at: iso(row.at),
        kind: row.kind,
        role: row.is_actor ? 'actor' : 'subject',
        siteName: row.site_name,
        subject: row.subject,
      })),
      retention: this.retention.getPeriods(),
    };
  }

  /**
   * Erasure: waiting entries and events to come left, bookings not yet over cancelled through the ordinary
   * cancellation step (their waiting lists served), a booking under way checked out, series
   * ended; then, in one transaction, past bookings unlinked (kept for statistics) and the
   * person's row deleted with their roles, sessions and calendar feed. Logging in again later
   * creates a fresh account.
   */
  async deleteAccount(
    { user }: CurrentUserContext,
    response: Response,
    now = this.clock.now(),
  ): Promise<AccountDeletion> {
    const db = this.dataSource.manager;
    const [leftWaitlists, toCancel] = await Promise.all([
      queryAffectedCount(
        db,
        `UPDATE waitlist_entries SET status = 'cancelled', ended_at = $2
         WHERE user_id = $1 AND status = 'waiting'`,
        [user.id, now],
      ),
      queryRows(
        db,
        bookingToCancelRow,
        `SELECT id, site_id, local_date, slot, series_id
         FROM bookings WHERE user_id = $1 AND status = 'confirmed' AND ends_at > $2
         ORDER BY starts_at`,
        [user.id, now],
      ).then((rows) => rows.map(toBookingToCancel)),
    ]);
    const leftEvents = await this.eventRegistrations.leaveAllForDepartingPerson(user.id, now);
    const cancelledRoomBookings = await this.rooms.cancelForDepartingPerson(user, now);
    let cancelledBookings = 0;
    for (const booking of toCancel) {
      if (await this.bookingsService.cancelForDepartingHolder(booking, now)) cancelledBookings += 1;
    }
    const checkedOutBookings = await queryAffectedCount(
      db,
      `UPDATE bookings SET status = 'checked_out', checked_out_at = $2
       WHERE user_id = $1 AND status = 'checked_in'`,
      [user.id, now],
    );

    const deletion = await this.dataSource.transaction(async (manager) => {
      const count = (sql: string, parameters: unknown[] = [user.id]) =>
        queryAffectedCount(manager, sql, parameters);
      // Locked first: a booking being made for this person (waiting list) waits, then fails.
      await manager.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [user.id]);
      const stragglers = (
        await queryRows(
          manager,
          bookingToCancelRow,
          `UPDATE bookings SET status = 'cancelled', cancelled_at = $2
           WHERE user_id = $1 AND status = 'confirmed' AND ends_at > $2
           RETURNING id, site_id, local_date::text AS local_date, slot, series_id`,
          [user.id, now],
        )
      ).map(toBookingToCancel);
      const endedSeries = await count(
        `UPDATE booking_series SET cancelled_at = $2
         WHERE user_id = $1 AND cancelled_at IS NULL AND id = ANY($3::uuid[])`,
        [
          user.id,
          now,
          [...new Set([...toCancel, ...stragglers].map((booking) => booking.seriesId))].filter(
            Boolean,
          ),
        ],
      );
      const anonymisedBookings = await count(
        `UPDATE bookings SET user_id = NULL, series_id = NULL, presence = NULL WHERE user_id = $1`,
      );
      // Named in others' room bookings: the address goes (a linked row would go with the account).
      await manager.query(
        `DELETE FROM room_booking_attendees WHERE user_id = $1 OR email = lower($2)`,
        [user.id, user.email],
      );
      const removedSiteRoles = await count(`DELETE FROM site_roles WHERE user_id = $1`);
      const releasedDesks = await count(
        `UPDATE desks SET assigned_user_id = NULL WHERE assigned_user_id = $1`,
      );
      const endedSessions = await count(`DELETE FROM sessions WHERE user_id = $1`);
      const mails = await queryRows(
        manager,
        z.object({ eml_file: column.text.nullable() }),
        `DELETE FROM outbox_messages WHERE ${isAddressedTo('$1')} RETURNING eml_file`,
        [user.email],
      );
      // Series, waiting entries, event registrations (past or left above), the presence profile
      // and the calendar feed go with the row (ON DELETE CASCADE); proposed events stay, unsigned (ON DELETE SET NULL).
      await manager.query(`DELETE FROM users WHERE id = $1`, [user.id]);
      return {
        stragglers,
        emlFiles: mails.map((mail) => mail.eml_file),
        summary: {
          cancelledBookings: cancelledBookings + stragglers.length,
          checkedOutBookings,
          endedSeries,
          leftWaitlists,
          leftEvents,
          cancelledRoomBookings,
          anonymisedBookings,
          removedSiteRoles,
          releasedDesks,
          endedSessions,
        },
      };
    });
    for (const booking of deletion.stragglers) {
      await this.bookingsService.enqueueWaitlistPromotion(booking);
    }
    await removeEmlFiles(deletion.emlFiles);
    response.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.publicUrl.startsWith('https:'),
      path: '/',
    });
    return deletion.summary;
  }
}
