import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { AffectedBooking, Desk, DeskDeactivation } from '@admz/shared';
import type { EntityManager } from 'typeorm';
import { auditActorOf, insertAuditEvent } from '../audit/audit-queries';
import { Clock } from '../common/clock';
import { formatSiteTime } from '../common/site-time';
import { jobQueues, type WaitlistPromoteJob } from '../jobs/job-queues';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { User } from '../users/user.entity';
import {
  cancelBookings,
  listFutureBookingsOnDesks,
  lockDesksOfSite,
  setDesksActive,
  siteTimezone,
  toDesk,
  type DeskRow,
  type FutureBookingRow,
} from './desk-activation-queries';

/**
 * A desk taken out of booking, or given back. Taking it out cancels its bookings to come: the
 * API refuses with their list (409) until the host confirms, as a change of hours does; then,
 * in one transaction, the bookings are cancelled, the desk deactivated, each step written to the
 * audit log, and the holders' mails and the waiting lists' turns enqueued (sent if it commits).
 */
@Injectable()
export class DeskActivationService {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  async deactivate(
    manager: EntityManager,
    actor: User,
    siteId: string,
    deskIds: string[],
    isConfirmed: boolean,
  ): Promise<DeskDeactivation> {
    const now = this.clock.now();
    const desks = await this.lockDesks(manager, siteId, deskIds);
    const active = desks.filter((desk) => desk.is_active);
    const timezone = await siteTimezone(manager, siteId);
    const affected = (
      await listFutureBookingsOnDesks(
        manager,
        active.map((desk) => desk.id),
        now,
      )
    ).map((booking) => toAffectedBooking(booking, timezone));
    if (affected.length > 0 && !isConfirmed) {
      const count = affected.length;
      const what =
        desks.length > 1 ? 'Désactiver ces postes' : `Désactiver le poste ${desks[0]?.label ?? ''}`;
      throw new ConflictException({
        message:
          `${what} annulerait ${count} réservation${count > 1 ? 's' : ''} à venir. ` +
          'Vérifiez la liste, puis confirmez pour les annuler et prévenir les personnes concernées.',
        affectedBookings: affected,
      });
    }
    const cancelled = await cancelBookings(
      manager,
      affected.map((booking) => booking.bookingId),
      now,
    );
    const changed =
      active.length === 0
        ? []
        : await setDesksActive(
            manager,
            active.map((desk) => desk.id),
            false,
          );
    for (const desk of changed) {
      await insertAuditEvent(manager, {
        at: now,
        kind: 'desk.deactivated',
        actor: auditActorOf(actor),
        siteId,
        subject: desk.label,
        before: { isActive: true },
        after: {
          isActive: false,
          cancelledBookingIds: cancelled
            .filter((booking) => booking.desk_id === desk.id)
            .map((booking) => booking.id),
        },
      });
    }
    const cancelledIds = cancelled.map((booking) => booking.id);
    await this.notifications.desksDeactivated(siteId, cancelledIds, manager);
    // The waiting lists of those slots get their turn: a waiting entry for « any desk » may find
    // another desk free (the deactivated ones are no longer offered).
    const turns = new Map<string, WaitlistPromoteJob>();
    for (const booking of cancelled) {
      if (booking.slot === 'hour') continue;
      const job = { siteId, date: booking.local_date, slot: booking.slot };
      turns.set(`${job.date}/${job.slot}`, job);
    }
    for (const job of turns.values()) {
      await this.jobs.send(jobQueues.waitlistPromote, job, { transaction: manager });
    }
    const byId = new Map(changed.map((desk) => [desk.id, desk]));
    return {
      desks: desks.map((desk) => toDesk(byId.get(desk.id) ?? desk)),
      cancelledBookings: affected.filter((booking) => cancelledIds.includes(booking.bookingId)),
    };
  }

  async reactivate(
    manager: EntityManager,
    actor: User,
    siteId: string,
    deskIds: string[],
  ): Promise<Desk[]> {
    const now = this.clock.now();
    const desks = await this.lockDesks(manager, siteId, deskIds);
    const inactive = desks.filter((desk) => !desk.is_active);
    const changed =
      inactive.length === 0
        ? []
        : await setDesksActive(
            manager,
            inactive.map((desk) => desk.id),
            true,
          );
    for (const desk of changed) {
      await insertAuditEvent(manager, {
        at: now,
        kind: 'desk.reactivated',
        actor: auditActorOf(actor),
        siteId,
        subject: desk.label,
        before: { isActive: false },
        after: { isActive: true },
      });
    }
    const byId = new Map(changed.map((desk) => [desk.id, desk]));
    return desks.map((desk) => toDesk(byId.get(desk.id) ?? desk));
  }

  private async lockDesks(
    manager: EntityManager,
    siteId: string,
    deskIds: string[],
  ): Promise<DeskRow[]> {
    const desks = await lockDesksOfSite(manager, siteId, deskIds);
    if (desks.length !== deskIds.length) {
      throw new NotFoundException(
        deskIds.length > 1
          ? "Un de ces postes n'existe pas sur ce site."
          : "Ce poste n'existe pas sur ce site.",
      );
    }
    return desks;
  }
}

function toAffectedBooking(booking: FutureBookingRow, timezone: string): AffectedBooking {
  return {
    bookingId: booking.id,
    person: { givenName: booking.givenName, usualName: booking.usualName, email: booking.email },
    desk: { label: booking.label, zone: booking.zone },
    date: booking.date,
    localStart: formatSiteTime(booking.startsAt, timezone),
    localEnd: formatSiteTime(booking.endsAt, timezone),
  };
}
