import { Injectable, Logger } from '@nestjs/common';

/**
 * What AdmZ tells people, by mail. Callers pass ids once their transaction has committed;
 * a failure to notify is logged and never undoes the booking change.
 * (Stub: the mail implementation comes with the mail module.)
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');

  async bookingConfirmed(bookingId: string): Promise<void> {
    this.logger.debug(`booking confirmed ${bookingId}`);
  }

  async bookingCancelled(bookingId: string): Promise<void> {
    this.logger.debug(`booking cancelled ${bookingId}`);
  }

  async waitlistPromoted(bookingId: string): Promise<void> {
    this.logger.debug(`waitlist promoted ${bookingId}`);
  }

  async bookingReminder(bookingId: string): Promise<void> {
    this.logger.debug(`reminder ${bookingId}`);
  }

  /** Bookings cancelled because their site's hours changed (the host confirmed it). */
  async hoursChanged(siteId: string, cancelledBookingIds: string[]): Promise<void> {
    this.logger.debug(`hours changed at ${siteId}: ${cancelledBookingIds.length} bookings`);
  }
}
