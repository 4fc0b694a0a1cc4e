import {
  ConflictException,
  Inject,
  Injectable,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type CheckInRequest,
  type CheckInResult,
  type CheckOutRequest,
  type CheckOutResult,
  type GreetingDesk,
  type KioskIdentity,
  type OfflineCheckInsRequest,
  type OfflineCheckInsResult,
  type SiteRules,
  type Slot,
  type WalkInRequest,
  activeBookingStatuses,
} from '@admz/shared';
import { In, LessThan, MoreThan, Repository } from 'typeorm';
import {
  toAddressSubject,
  typedCodeAtKioskPolicy,
  typedCodeFromAddressPolicy,
} from '../attempt-limits/attempt-limits';
import { AttemptLimitsService } from '../attempt-limits/attempt-limits.service';
import { Booking } from '../bookings/booking.entity';
import { findRuleRefusal } from '../bookings/booking-rules';
import { countBookingsInWeek } from '../bookings/booking-queries';
import { BookingsService } from '../bookings/bookings.service';
import { formatFrenchDate, formatSiteTime, siteToday } from '../common/site-time';
import { APP_CONFIG, type AppConfig } from '../config';
import type { Kiosk } from '../kiosks/kiosk.entity';
import { KiosksService, type KioskOfflinePeriod } from '../kiosks/kiosks.service';
import { readOccupancy } from '../live/occupancy';
import { Site } from '../sites/site.entity';
import { SitesService } from '../sites/sites.service';
import { User } from '../users/user.entity';
import {
  findOfflineScanProblem,
  findScanAgeProblem,
  offlineMaxAgeHours,
  scanClockToleranceSeconds,
  type OfflineScanProblem,
  type ScanAgeProblem,
} from './offline-scan-time';
import {
  QrTokenError,
  QrTokensService,
  findWindowProblem,
  type VerifiedToken,
} from './qr-tokens.service';
import { withPlace } from '../bookings/booking-with-place';
import {
  findOfflineAnswers,
  findWalkInDesks,
  findZonePlanVersion,
  insertOfflineAnswer,
  markMailCodeUsed,
} from './check-in-queries';
import { Clock } from '../common/clock';
import type { DoorRegistration } from '../events/registration-queries';
import { EventCheckInsService } from './event-check-ins.service';
import { GuestCheckInsService } from '../guests/guest-check-ins.service';
import type { GuestInvitationRow } from '../guests/guest-queries';

const scanTimeMessages: Record<ScanAgeProblem | OfflineScanProblem, string> = {
  in_future: 'Heure de passage dans le futur : horloge de la borne à vérifier.',
  too_old: `Passage de plus de ${offlineMaxAgeHours} heures : il n’est plus accepté.`,
  before_issue: 'Heure de passage antérieure à la création de ce QR code : passage non accepté.',
  while_online:
    'La borne était en ligne à l’heure indiquée pour ce passage : il aurait été transmis aussitôt, il n’est pas accepté.',
};

const tokenMessages: Record<QrTokenError['problem'], string> = {
  invalid: 'QR code non reconnu : il ne provient pas d’AdmZ ou a été modifié.',
  expired:
    'Ce QR code a expiré : affichez votre réservation dans AdmZ, le code change toutes les 30 secondes.',
  not_yet_valid: 'Trop tôt : ce QR code ne sera valable que peu avant le début de la réservation.',
  window_over: 'Ce QR code a expiré : le créneau de la réservation est terminé.',
};

type LoadedBooking = Booking & Required<Pick<Booking, 'site' | 'desk' | 'user'>>;
type Attendance = Extract<CheckInResult, { outcome: 'checked_in' | 'already_checked_in' }>;
type WalkInOffer = Extract<CheckInResult, { outcome: 'walk_in' }>;
type BookingToken = Exclude<VerifiedToken, { type: 'person' | 'event' | 'guest' }>;
type Scan = { kind: 'token'; token: BookingToken } | { kind: 'short-code' };
type TypedCodeMatch =
  | { kind: 'booking'; booking: LoadedBooking }
  | { kind: 'registration'; registration: DoorRegistration }
  | { kind: 'guest'; invitation: GuestInvitationRow };
type OfflineItem = OfflineCheckInsRequest['checkIns'][number];
type OfflineAnswer = OfflineCheckInsResult['results'][number];

@Injectable()
export class CheckInsService {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    @InjectRepository(Site) private readonly sites: Repository<Site>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly bookingsService: BookingsService,
    private readonly siteDays: SitesService,
    private readonly qrTokens: QrTokensService,
    private readonly kiosks: KiosksService,
    private readonly attemptLimits: AttemptLimitsService,
    private readonly eventCheckIns: EventCheckInsService,
    private readonly guestCheckIns: GuestCheckInsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The kiosk's heartbeat: who it is, what its idle screen shows, and the server's clock. */
  async describeKiosk(kiosk: Kiosk, now = this.clock.now()): Promise<KioskIdentity> {
    const [site, occupancy] = await Promise.all([
      this.sites.findOneByOrFail({ id: kiosk.siteId }),
      readOccupancy(this.bookings.manager.connection, kiosk.siteId, now),
    ]);
    return {
      kioskId: kiosk.id,
      name: kiosk.name,
      site: { id: site.id, name: site.name, timezone: site.timezone },
      message: site.kioskMessage,
      occupancy,
      serverTime: now.toISOString(),
    };
  }

  /** A scan at the door: a booking's QR code or typed code, or a person's own pass. */
  async checkIn(
    kiosk: Kiosk,
    request: CheckInRequest,
    sourceAddress: string | undefined,
    now = this.clock.now(),
  ): Promise<CheckInResult> {
    if (request.shortCode !== undefined) {
      const found = await this.findByShortCode(kiosk, request.shortCode, sourceAddress, now);
      if (found.kind === 'registration') {
        return this.eventCheckIns.checkIn(kiosk, found.registration, now);
      }
      if (found.kind === 'guest') return this.guestCheckIns.checkIn(kiosk, found.invitation, now);
      return this.attend(kiosk, found.booking, { kind: 'short-code' }, now);
    }
    if (request.token === undefined) {
      throw new UnprocessableEntityException('Scannez un QR code AdmZ ou tapez un code.');
    }
    const token = await this.verifyToken(request.token, now);
    if (token.type === 'person') return this.welcomePerson(kiosk, token.userId, now);
    if (token.type === 'event') {
      const registration = await this.eventCheckIns.findById(token.registrationId);
      return this.eventCheckIns.checkIn(kiosk, registration, now);
    }
    if (token.type === 'guest') {
      const invitation = await this.guestCheckIns.findById(token.invitationId);
      return this.guestCheckIns.checkIn(kiosk, invitation, now);
    }
    const booking = await this.loadBooking(token.bookingId);
    if (!booking) throw new UnprocessableEntityException("Cette réservation n'existe plus.");
    return this.attend(kiosk, booking, { kind: 'token', token }, now);
  }

  /** « Je pars »: the token came with the « already checked in » answer, for this kiosk. */
  async checkOut(
    kiosk: Kiosk,
    request: CheckOutRequest,
    now = this.clock.now(),
  ): Promise<CheckOutResult> {
    const claims = await this.verifyAction(request.checkOutToken, 'check-out', kiosk, now);
    const updated = await this.bookings.update(
      { id: claims.bookingId, siteId: kiosk.siteId, status: 'checked_in' },
      { status: 'checked_out', checkedOutAt: now },
    );
    const booking = await this.loadBooking(claims.bookingId);
    if (!booking || booking.siteId !== kiosk.siteId) {
      throw new UnprocessableEntityException("Cette réservation n'existe plus.");
    }
    if (updated.affected !== 1 && booking.status !== 'checked_out') {
      throw new UnprocessableEntityException(
        'Cette réservation n’est pas en cours : départ non enregistré.',
      );
    }
    return {
      outcome: updated.affected === 1 ? 'checked_out' : 'already_checked_out',
      bookingId: booking.id,
      person: { givenName: booking.user.givenName, usualName: booking.user.usualName },
      desk: { label: booking.desk.label, zone: booking.desk.zone },
      checkedOutAt: (booking.checkedOutAt ?? now).toISOString(),
    };
  }

  /** One touch on a free desk after a personal pass: booked to the end of the slot, checked in. */
  async walkIn(
    kiosk: Kiosk,
    request: WalkInRequest,
    now = this.clock.now(),
  ): Promise<CheckInResult> {
    const claims = await this.verifyAction(request.offerToken, 'walk-in', kiosk, now);
    const user = await this.users.findOneBy({ id: claims.userId });
    if (!user) throw new UnprocessableEntityException('Pass non reconnu : scannez de nouveau.');
    const { site, today, offer, rules } = await this.buildWalkInOffer(kiosk, user, now);
    const option = offer.options.find((candidate) => candidate.slot === request.slot);
    const desk = option?.desks.find((candidate) => candidate.id === request.deskId);
    if (!option || !desk) {
      throw new ConflictException('Ce poste vient d’être pris : choisissez-en un autre.');
    }
    const { id } = await this.bookingsService.createWalkInBooking({
      user,
      site,
      desk: { id: desk.id, label: desk.label, zone: desk.zone },
      slot: option.slot,
      date: today,
      startsAt: new Date(option.startsAt),
      endsAt: new Date(option.endsAt),
      kioskId: kiosk.id,
      now,
      maxBookingsPerWeek: rules.maxBookingsPerWeek,
    });
    const booking = await this.loadBooking(id);
    if (!booking) throw new Error(`the walk-in booking ${id} was not found after its insert`);
    return this.toAttendance('checked_in', booking, kiosk, now);
  }

  /**
   * Check-ins a kiosk verified and queued while the API was unreachable, applied with their
   * scan time. Every answer is stored: an item sent again (same kiosk and client id) gets its
   * first answer again, even when two replays of it race.
   */
  async replayOffline(
    kiosk: Kiosk,
    request: OfflineCheckInsRequest,
    now = this.clock.now(),
  ): Promise<OfflineCheckInsResult> {
    const answers = await this.findOfflineAnswers(
      kiosk.id,
      request.checkIns.map((item) => item.clientId),
    );
    const offlinePeriods = await this.kiosks.findOfflinePeriods(
      kiosk.id,
      new Date(now.getTime() - (offlineMaxAgeHours * 3600 + scanClockToleranceSeconds) * 1000),
    );
    const results: OfflineAnswer[] = [];
    for (const item of request.checkIns) {
      let answer = answers.get(item.clientId);
      if (!answer) {
        const decided = await this.applyOffline(kiosk, item, offlinePeriods, now);
        answer = await this.storeOfflineAnswer(kiosk.id, item, {
          clientId: item.clientId,
          ...decided,
        });
        answers.set(item.clientId, answer);
      }
      results.push(answer);
    }
    return { results };
  }

  private async findOfflineAnswers(
    kioskId: string,
    clientIds: string[],
  ): Promise<Map<string, OfflineAnswer>> {
    return findOfflineAnswers(this.bookings.manager, kioskId, clientIds);
  }

  /** Keeps the first answer of an item; a racing replay that stored one first wins. */
  private async storeOfflineAnswer(
    kioskId: string,
    item: OfflineItem,
    answer: OfflineAnswer,
  ): Promise<OfflineAnswer> {
    const isStored = await insertOfflineAnswer(
      this.bookings.manager,
      {
        kioskId,
        clientId: item.clientId,
        scannedAt: item.scannedAt,
        // Retention erases these rows by their reception time: the clock's, not SQL's.
        receivedAt: this.clock.now(),
      },
      answer,
    );
    if (isStored) return answer;
    return (await this.findOfflineAnswers(kioskId, [item.clientId])).get(item.clientId) ?? answer;
  }

  private async applyOffline(
    kiosk: Kiosk,
    item: OfflineItem,
    offlinePeriods: readonly KioskOfflinePeriod[],
    now: Date,
  ): Promise<Omit<OfflineAnswer, 'clientId'>> {
    const refuse = (message: string, bookingId: string | null = null) => ({
      outcome: 'refused' as const,
      bookingId,
      message,
    });
    const scannedAt = new Date(item.scannedAt);
    const ageProblem = findScanAgeProblem(scannedAt, now);
    if (ageProblem) return refuse(scanTimeMessages[ageProblem]);
    let token: VerifiedToken;
    try {
      token = await this.qrTokens.verify(item.token, scannedAt);
    } catch (error) {
      if (error instanceof QrTokenError) return refuse(tokenMessages[error.problem]);
      throw error;
    }
    if (token.type === 'person') {
      return refuse('Un pass personnel ne permet pas d’arriver sans réservation hors ligne.');
    }
    const scanProblem = findOfflineScanProblem({
      scannedAt,
      receivedAt: now,
      issuedAt: token.type === 'booking' ? null : token.issuedAt,
      isValidAtReception:
        (token.type === 'booking' || now < token.expiresAt) && !findWindowProblem(token, now),
      offlinePeriods,
    });
    if (scanProblem) return refuse(scanTimeMessages[scanProblem]);
    if (token.type === 'event') {
      const registration = await this.eventCheckIns.findById(token.registrationId);
      const decision = await this.eventCheckIns.admit(kiosk, registration, scannedAt);
      if (decision.outcome === 'refused') return refuse(decision.message);
      const outcome = decision.outcome === 'checked_in' ? 'applied' : 'already_checked_in';
      return { outcome, bookingId: null, message: null };
    }
    if (token.type === 'guest') {
      const invitation = await this.guestCheckIns.findById(token.invitationId);
      const decision = await this.guestCheckIns.admit(kiosk, invitation, scannedAt);
      if (decision.outcome === 'refused') return refuse(decision.message);
      const outcome = decision.outcome === 'checked_in' ? 'applied' : 'already_checked_in';
      return { outcome, bookingId: null, message: null };
    }
    for (let attempt = 1; ; attempt += 1) {
      const booking = await this.loadBooking(token.bookingId);
      if (!booking) return refuse("Cette réservation n'existe plus.");
      if (booking.siteId !== kiosk.siteId) {
        return refuse(
          `Cette réservation concerne un autre site : ${booking.site.name}.`,
          booking.id,
        );
      }
      const windowProblem = findWindowProblem(token, scannedAt);
      if (windowProblem) return refuse(tokenMessages[windowProblem], booking.id);
      const windowRefusal = this.findWindowRefusal(booking, scannedAt);
      if (windowRefusal) return refuse(windowRefusal, booking.id);
      if (booking.status === 'cancelled')
        return refuse('Cette réservation a été annulée.', booking.id);
      if (booking.status === 'checked_in' || booking.status === 'checked_out') {
        return { outcome: 'already_checked_in', bookingId: booking.id, message: null };
      }
      const arrived = {
        status: 'checked_in' as const,
        checkedInAt: scannedAt,
        checkedInKioskId: kiosk.id,
      };
      if (booking.status === 'absent') {
        // Released while the kiosk could not tell us the person had come: give it back if still free.
        if (!booking.releasedAt || booking.releasedAt <= scannedAt) {
          return refuse('Cette réservation a été libérée faute d’arrivée à temps.', booking.id);
        }
        try {
          const restored = await this.bookings.update(
            { id: booking.id, status: 'absent' },
            { ...arrived, releasedAt: null },
          );
          if (restored.affected === 1)
            return { outcome: 'applied', bookingId: booking.id, message: null };
        } catch {
          // The exclusion constraint: the desk was given to someone else meanwhile.
        }
        return refuse(
          'La réservation avait été libérée et le poste réattribué avant le retour du réseau.',
          booking.id,
        );
      }
      const updated = await this.bookings.update({ id: booking.id, status: 'confirmed' }, arrived);
      if (updated.affected === 1)
        return { outcome: 'applied', bookingId: booking.id, message: null };
      // Changed since it was read: released by the attendance sweep (then given back above, if
      // the scan came first) or checked in at another kiosk. Decided again on what it is now.
      if (attempt >= 2)
        return { outcome: 'already_checked_in', bookingId: booking.id, message: null };
    }
  }

  private async attend(
    kiosk: Kiosk,
    booking: LoadedBooking,
    scan: Scan,
    now: Date,
  ): Promise<Attendance> {
    if (booking.siteId !== kiosk.siteId) {
      throw new UnprocessableEntityException(
        `Cette réservation concerne un autre site : ${booking.site.name}.`,
      );
    }
    const tokenWindow = scan.kind === 'token' ? scan.token : null;
    const windowProblem = tokenWindow && findWindowProblem(tokenWindow, now);
    if (windowProblem) throw new UnprocessableEntityException(tokenMessages[windowProblem]);
    const statusRefusal = this.findStatusRefusal(booking);
    if (statusRefusal) throw new UnprocessableEntityException(statusRefusal);
    if (booking.status === 'confirmed') {
      const windowRefusal = this.findWindowRefusal(booking, now);
      if (windowRefusal) throw new UnprocessableEntityException(windowRefusal);
    }
    if (scan.kind === 'token' && scan.token.type === 'booking')
      await this.useMailCode(booking, now);
    if (booking.status === 'checked_in') {
      return this.toAttendance('already_checked_in', booking, kiosk, now);
    }
    // Conditional update: two kiosks scanning at once check the person in exactly once.
    const updated = await this.bookings.update(
      { id: booking.id, status: 'confirmed' },
      { status: 'checked_in', checkedInAt: now, checkedInKioskId: kiosk.id },
    );
    if (updated.affected === 1) {
      return this.toAttendance('checked_in', { ...booking, checkedInAt: now }, kiosk, now);
    }
    const current = (await this.loadBooking(booking.id))!;
    if (current.status !== 'checked_in') {
      throw new UnprocessableEntityException(
        this.findStatusRefusal(current) ?? 'Cette réservation a changé : scannez de nouveau.',
      );
    }
    return this.toAttendance('already_checked_in', current, kiosk, now);
  }

  private findStatusRefusal(booking: LoadedBooking): string | null {
    const { timezone } = booking.site;
    switch (booking.status) {
      case 'cancelled':
        return 'Cette réservation a été annulée.';
      case 'absent':
        return 'Cette réservation a été libérée faute d’arrivée à temps. Scannez votre pass AdmZ pour prendre un poste libre.';
      case 'checked_out':
        return booking.checkedOutAt
          ? `Votre départ a déjà été enregistré à ${formatSiteTime(booking.checkedOutAt, timezone)}.`
          : 'Votre départ a déjà été enregistré.';
      default:
        return null;
    }
  }

  /** Check-in opens a few minutes before the start and closes at the end. */
  private findWindowRefusal(booking: LoadedBooking, at: Date): string | null {
    const opensAt = new Date(
      booking.startsAt.getTime() - this.config.checkInOpensMinutesBefore * 60_000,
    );
    if (at < opensAt) {
      const { timezone } = booking.site;
      const day =
        booking.localDate === siteToday(timezone, at)
          ? ''
          : ` le ${formatFrenchDate(booking.localDate)}`;
      return `Trop tôt : l'enregistrement ouvre${day} à ${formatSiteTime(opensAt, timezone)}.`;
    }
    if (at >= booking.endsAt) return 'Cette réservation est terminée.';
    return null;
  }

  /** The mail's QR code is presented once: a forwarded or reprinted copy is then refused. */
  private async useMailCode(booking: LoadedBooking, now: Date): Promise<void> {
    if (!(await markMailCodeUsed(this.bookings.manager, booking.id, now))) {
      throw new UnprocessableEntityException(
        'Ce QR code reçu par mail a déjà servi aujourd’hui : présentez celui de l’application AdmZ (« Mes réservations »).',
      );
    }
  }

  /**
   * A personal pass: the event here whose door is open and awaits the person (they come for it),
   * else their booking here now, else free desks.
   */
  private async welcomePerson(kiosk: Kiosk, userId: string, now: Date): Promise<CheckInResult> {
    const registration = await this.eventCheckIns.findExpecting(kiosk, userId, now);
    if (registration) return this.eventCheckIns.checkIn(kiosk, registration, now);
    const opensBefore = this.config.checkInOpensMinutesBefore * 60_000;
    const booking = await this.bookings.findOne({
      where: [
        { userId, siteId: kiosk.siteId, status: 'checked_in' },
        {
          userId,
          siteId: kiosk.siteId,
          status: 'confirmed',
          startsAt: LessThan(new Date(now.getTime() + opensBefore)),
          endsAt: MoreThan(now),
        },
      ],
      relations: { site: true, desk: true, user: true },
      order: { startsAt: 'ASC' },
    });
    if (booking) {
      return this.attend(kiosk, booking as LoadedBooking, { kind: 'short-code' }, now);
    }
    const user = await this.users.findOneBy({ id: userId });
    if (!user)
      throw new UnprocessableEntityException('Pass non reconnu : il ne provient pas d’AdmZ.');
    return (await this.buildWalkInOffer(kiosk, user, now)).offer;
  }

  /** The slots still running (or about to start) today, with their free desks from now on. */
  private async buildWalkInOffer(
    kiosk: Kiosk,
    user: User,
    now: Date,
  ): Promise<{ site: Site; today: string; offer: WalkInOffer; rules: SiteRules }> {
    const site = await this.sites.findOneByOrFail({ id: kiosk.siteId });
    const today = siteToday(site.timezone, now);
    const { schedule, rules } = await this.siteDays.loadSiteDay(site.id, today, null, user.id);
    if (!schedule.isOpen) throw new UnprocessableEntityException(schedule.closedReason);
    const held = await this.bookings.findOne({
      where: {
        userId: user.id,
        status: In([...activeBookingStatuses]),
        startsAt: LessThan(now),
        endsAt: MoreThan(now),
      },
      relations: { desk: true, site: true },
    });
    if (held) {
      const { desk, site: heldSite } = withPlace(held);
      throw new ConflictException(
        `Vous avez déjà un poste en ce moment : ${desk.label} (${heldSite.name}).`,
      );
    }
    const bookingsThisWeek =
      rules.maxBookingsPerWeek === null
        ? 0
        : await countBookingsInWeek(this.bookings.manager, site.id, user.id, today);
    const opensBefore = this.config.checkInOpensMinutesBefore * 60_000;
    const startOfMinute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
    let lastRefusal: string | null = null;
    const options: WalkInOffer['options'] = [];
    for (const slot of schedule.slots) {
      const isRunning = slot.endsAt > now && slot.startsAt.getTime() - opensBefore <= now.getTime();
      if (!isRunning) continue;
      const refusal = findRuleRefusal({
        rules,
        date: today,
        today,
        slot: slot.slot,
        userId: user.id,
        deskAssignedUserId: null,
        bookingsThisWeek,
      });
      if (refusal) {
        lastRefusal = refusal;
        continue;
      }
      const startsAt = slot.startsAt > startOfMinute ? slot.startsAt : startOfMinute;
      const desks = await findWalkInDesks(this.bookings.manager, {
        siteId: site.id,
        userId: user.id,
        startsAt,
        endsAt: slot.endsAt,
      });
      if (desks.length === 0) continue;
      options.push({
        slot: slot.slot as Slot,
        startsAt: startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        localEnd: slot.localEnd,
        desks,
      });
    }
    if (options.length === 0) {
      throw new ConflictException(
        lastRefusal ??
          (schedule.slots.some((slot) => slot.endsAt > now)
            ? 'Aucun poste libre pour le moment sur ce site.'
            : 'Le site ferme : plus de créneau disponible aujourd’hui.'),
      );
    }
    const offer: WalkInOffer = {
      outcome: 'walk_in',
      person: { givenName: user.givenName, usualName: user.usualName },
      offerToken: await this.qrTokens.signAction(
        { action: 'walk-in', kioskId: kiosk.id, userId: user.id },
        now,
      ),
      options: options.sort((a, b) => slotOrder(a.slot) - slotOrder(b.slot)),
    };
    return { site, today, offer, rules };
  }

  private async toAttendance(
    outcome: Attendance['outcome'],
    booking: LoadedBooking,
    kiosk: Kiosk,
    now: Date,
  ): Promise<Attendance> {
    const base = {
      bookingId: booking.id,
      person: { givenName: booking.user.givenName, usualName: booking.user.usualName },
      desk: await this.describeDesk(booking),
      startsAt: booking.startsAt.toISOString(),
      endsAt: booking.endsAt.toISOString(),
      checkedInAt: (booking.checkedInAt ?? now).toISOString(),
    };
    if (outcome === 'checked_in') return { outcome, ...base };
    return {
      outcome,
      ...base,
      checkOutToken: await this.qrTokens.signAction(
        { action: 'check-out', kioskId: kiosk.id, bookingId: booking.id },
        now,
      ),
    };
  }

  /** The desk, and its spot on the zone's plan when the zone has one and the desk is placed. */
  private async describeDesk(booking: LoadedBooking): Promise<GreetingDesk> {
    const planVersion = await findZonePlanVersion(
      this.bookings.manager,
      booking.siteId,
      booking.desk.zone,
    );
    const { planX, planY, label, zone } = booking.desk;
    return {
      label,
      zone,
      planPosition: planVersion && planX !== null && planY !== null ? { x: planX, y: planY } : null,
      planUrl: planVersion
        ? `/api/kiosk/zones/${encodeURIComponent(zone)}/plan?v=${planVersion.getTime()}`
        : null,
    };
  }

  private async verifyToken(token: string, now: Date): Promise<VerifiedToken> {
    try {
      return await this.qrTokens.verify(token, now);
    } catch (error) {
      if (error instanceof QrTokenError)
        throw new UnprocessableEntityException(tokenMessages[error.problem]);
      throw error;
    }
  }

  private async verifyAction<Action extends 'check-out' | 'walk-in'>(
    token: string,
    action: Action,
    kiosk: Kiosk,
    now: Date,
  ) {
    try {
      const claims = await this.qrTokens.verifyAction(token, action, now);
      if (claims.kioskId === kiosk.id) return claims;
    } catch (error) {
      if (!(error instanceof QrTokenError)) throw error;
    }
    throw new UnprocessableEntityException('Délai dépassé : scannez de nouveau votre QR code.');
  }

  /**
   * Typed codes are 8 characters of 31: guessing is hopeless when guesses are rationed. Each
   * attempt is counted before the lookup — per kiosk and source address strictly, per kiosk as a
   * ceiling — and given back when the code is a booking's: only wrong codes cost.
   */
  private async findByShortCode(
    kiosk: Kiosk,
    shortCode: string,
    sourceAddress: string | undefined,
    now: Date,
  ): Promise<TypedCodeMatch> {
    const attempt = await this.attemptLimits.takeAttempt(
      [
        {
          policy: typedCodeFromAddressPolicy,
          subject: `${kiosk.id}:${toAddressSubject(sourceAddress)}`,
        },
        { policy: typedCodeAtKioskPolicy, subject: kiosk.id },
      ],
      now,
    );
    const booking = await this.bookings.findOne({
      where: { shortCode },
      relations: { site: true, desk: true, user: true },
    });
    // An anonymised booking (its person gone) checks nobody in: as good as unknown.
    if (booking?.user) {
      await this.attemptLimits.giveBack(attempt);
      return { kind: 'booking', booking: booking as LoadedBooking };
    }
    // The keypad also takes an event registration's code (its pass shows one).
    const registration = await this.eventCheckIns.findByShortCode(shortCode);
    if (registration) {
      await this.attemptLimits.giveBack(attempt);
      return { kind: 'registration', registration };
    }
    // …and a guest's (their page shows one under the QR code).
    const invitation = await this.guestCheckIns.findByShortCode(shortCode);
    if (!invitation) throw new UnprocessableEntityException('Code inconnu : vérifiez la saisie.');
    await this.attemptLimits.giveBack(attempt);
    return { kind: 'guest', invitation };
  }

  private async loadBooking(id: string): Promise<LoadedBooking | null> {
    const booking = await this.bookings.findOne({
      where: { id },
      relations: { site: true, desk: true, user: true },
    });
    if (!booking) return null;
    const { site, desk, user } = booking;
    // An anonymised booking (its person gone) checks nobody in: as good as unknown.
    if (!user) return null;
    if (!site || !desk) throw new Error('a booking was read without its site and desk relations');
    return { ...booking, site, desk, user };
  }
}

function slotOrder(slot: Slot): number {
  return slot === 'morning' ? 0 : slot === 'afternoon' ? 1 : 2;
}
