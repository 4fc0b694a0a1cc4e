import { Inject, Injectable, HttpException, UnprocessableEntityException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CheckInRequest, CheckInResult, KioskIdentity } from '@admz/shared';
import { Repository } from 'typeorm';
import { Booking } from '../bookings/booking.entity';
import { formatFrenchDate, formatSiteTime, siteToday } from '../common/site-time';
import { APP_CONFIG, type AppConfig } from '../config';
import type { Kiosk } from '../kiosks/kiosk.entity';
import { Site } from '../sites/site.entity';
import { QrTokenError, QrTokensService } from './qr-tokens.service';

/** Typed-code guesses a kiosk may get wrong per window before it must wait. */
const maxFailedCodeAttempts = 10;
const failedCodeWindowMinutes = 5;

const tokenMessages: Record<QrTokenError['problem'], string> = {
  invalid: 'QR code non reconnu : il ne provient pas d’AdmZ ou a été modifié.',
  expired: 'Ce QR code a expiré : le créneau de la réservation est terminé.',
  not_yet_valid: 'Trop tôt : ce QR code ne sera valable que peu avant le début de la réservation.',
};

@Injectable()
export class CheckInsService {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    @InjectRepository(Site) private readonly sites: Repository<Site>,
    private readonly qrTokens: QrTokensService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async describeKiosk(kiosk: Kiosk): Promise<KioskIdentity> {
    const site = await this.sites.findOneByOrFail({ id: kiosk.siteId });
    return {
      kioskId: kiosk.id,
      name: kiosk.name,
      site: { id: site.id, name: site.name, timezone: site.timezone },
    };
  }

  async checkIn(kiosk: Kiosk, request: CheckInRequest, now = new Date()): Promise<CheckInResult> {
    const booking = request.token
      ? await this.findByToken(request.token, now)
      : await this.findByShortCode(kiosk, request.shortCode!);
    if (booking.siteId !== kiosk.siteId) {
      throw new UnprocessableEntityException(
        `Cette réservation concerne un autre site : ${booking.site!.name}.`,
      );
    }
    if (booking.status === 'cancelled')
      throw new UnprocessableEntityException('Cette réservation a été annulée.');
    if (booking.status === 'confirmed') {
      const opensAt = new Date(
        booking.startsAt.getTime() - this.config.checkInOpensMinutesBefore * 60_000,
      );
      if (now < opensAt) {
        const { timezone } = booking.site!;
        const day =
          booking.localDate === siteToday(timezone, now)
            ? ''
            : ` le ${formatFrenchDate(booking.localDate)}`;
        throw new UnprocessableEntityException(
          `Trop tôt : l'enregistrement ouvre${day} à ${formatSiteTime(opensAt, timezone)}.`,
        );
      }
      if (now >= booking.endsAt) {
        throw new UnprocessableEntityException('Cette réservation est terminée.');
      }
      // Conditional update: two kiosks scanning at once check the person in exactly once.
      const updated = await this.bookings.update(
        { id: booking.id, status: 'confirmed' },
        { status: 'checked_in', checkedInAt: now, checkedInKioskId: kiosk.id },
      );
      if (updated.affected === 1) return this.toResult(booking, 'checked_in', now);
      const current = await this.bookings.findOneByOrFail({ id: booking.id });
      if (current.status !== 'checked_in')
        throw new UnprocessableEntityException('Cette réservation a été annulée.');
      return this.toResult(booking, 'already_checked_in', current.checkedInAt!);
    }
    return this.toResult(booking, 'already_checked_in', booking.checkedInAt!);
  }

  private async findByToken(token: string, now: Date): Promise<Booking> {
    let bookingId: string;
    try {
      ({ bookingId } = await this.qrTokens.verify(token, now));
    } catch (error) {
      if (error instanceof QrTokenError)
        throw new UnprocessableEntityException(tokenMessages[error.problem]);
      throw error;
    }
    const booking = await this.loadBooking({ id: bookingId });
    if (!booking) throw new UnprocessableEntityException("Cette réservation n'existe plus.");
    return booking;
  }

  private async findByShortCode(kiosk: Kiosk, shortCode: string): Promise<Booking> {
    await this.assertCodeAttemptsLeft(kiosk);
    const booking = await this.loadBooking({ shortCode });
    if (booking) return booking;
    await this.countFailedAttempt(kiosk);
    throw new UnprocessableEntityException('Code inconnu : vérifiez la saisie.');
  }

  private async assertCodeAttemptsLeft(kiosk: Kiosk): Promise<void> {
    const rows: { is_locked: boolean }[] = await this.bookings.query(
      `SELECT failed_code_attempts >= $2 AND failed_code_window_start > now() - make_interval(mins => $3) AS is_locked
       FROM kiosks WHERE id = $1`,
      [kiosk.id, maxFailedCodeAttempts, failedCodeWindowMinutes],
    );
    if (rows[0]?.is_locked) throw this.tooManyAttempts();
  }

  /** Typed codes are 8 characters of 31: guessing is hopeless if guesses are rationed per kiosk. */
  private async countFailedAttempt(kiosk: Kiosk): Promise<void> {
    await this.bookings.query(
      `UPDATE kiosks SET
         failed_code_attempts = CASE WHEN failed_code_window_start > now() - make_interval(mins => $2)
                                     THEN failed_code_attempts + 1 ELSE 1 END,
         failed_code_window_start = CASE WHEN failed_code_window_start > now() - make_interval(mins => $2)
                                         THEN failed_code_window_start ELSE now() END
       WHERE id = $1`,
      [kiosk.id, failedCodeWindowMinutes],
    );
  }

  private tooManyAttempts(): HttpException {
    return new HttpException(
      `Trop de codes erronés sur cette borne : réessayez dans ${failedCodeWindowMinutes} minutes ou scannez le QR code.`,
      429,
    );
  }

  private loadBooking(where: { id: string } | { shortCode: string }): Promise<Booking | null> {
    return this.bookings.findOne({ where, relations: { site: true, desk: true, user: true } });
  }

  private toResult(
    booking: Booking,
    outcome: CheckInResult['outcome'],
    checkedInAt: Date,
  ): CheckInResult {
    return {
      outcome,
      bookingId: booking.id,
      person: { givenName: booking.user!.givenName, usualName: booking.user!.usualName },
      desk: { label: booking.desk!.label, zone: booking.desk!.zone },
      checkedInAt: checkedInAt.toISOString(),
    };
  }
}
