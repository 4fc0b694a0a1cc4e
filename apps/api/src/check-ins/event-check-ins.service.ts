import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { eventCheckInOpensMinutesBefore, type CheckInResult } from '@admz/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { formatFrenchDate, formatSiteTime, siteToday } from '../common/site-time';
import {
  findDoorRegistration,
  findDoorRegistrationExpecting,
  markRegistrationCheckedIn,
  type DoorRegistration,
} from '../events/registration-queries';
import type { Kiosk } from '../kiosks/kiosk.entity';

export type EventAttendanceResult = Extract<
  CheckInResult,
  { outcome: 'event_checked_in' | 'event_already_checked_in' }
>;

/** What a scan of an event registration decides: arrived now, arrived before, or a refusal. */
export type EventDoorDecision =
  | { outcome: 'checked_in' | 'already_checked_in'; registration: DoorRegistration; at: Date }
  | { outcome: 'refused'; message: string };

/**
 * Check-in at the door of an event: a kiosk of the event's site admits a person registered in
 * person (not waiting) to an approved event, from 30 minutes before its start to its end. No
 * desk: the greeting names the event. A second scan answers « already checked in ».
 */
@Injectable()
export class EventCheckInsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  findByShortCode(shortCode: string): Promise<DoorRegistration | null> {
    return findDoorRegistration(this.dataSource, { shortCode });
  }

  /** An online scan (pass or typed code): the greeting, or a 422 with the sentence to show. */
  async checkIn(
    kiosk: Kiosk,
    registration: DoorRegistration | null,
    now = this.clock.now(),
  ): Promise<EventAttendanceResult> {
    const decision = await this.admit(kiosk, registration, now);
    if (decision.outcome === 'refused') throw new UnprocessableEntityException(decision.message);
    return toEventAttendance(decision);
  }

  findById(registrationId: string): Promise<DoorRegistration | null> {
    return findDoorRegistration(this.dataSource, { id: registrationId });
  }

  /** A personal pass at this kiosk: the event whose door is open now and awaits the person. */
  findExpecting(kiosk: Kiosk, userId: string, at: Date): Promise<DoorRegistration | null> {
    return findDoorRegistrationExpecting(this.dataSource, { userId, siteId: kiosk.siteId, at });
  }

  /** Decides a scan made at `at` (now online, the scan time for a replayed offline one). */
  async admit(
    kiosk: Kiosk,
    registration: DoorRegistration | null,
    at: Date,
  ): Promise<EventDoorDecision> {
    if (!registration) return { outcome: 'refused', message: registrationGone };
    const refusal = findDoorRefusal(kiosk, registration, at);
    if (refusal !== null) return { outcome: 'refused', message: refusal };
    const found = registration;
    if (found.checkedInAt !== null)
      return { outcome: 'already_checked_in', registration: found, at: found.checkedInAt };
    // Conditional update: two kiosks scanning at once check the person in exactly once.
    const checkedInAt = await markRegistrationCheckedIn(this.dataSource, found.id, at, kiosk.id);
    if (checkedInAt !== null)
      return { outcome: 'checked_in', registration: found, at: checkedInAt };
    const current = await this.findById(found.id);
    if (current?.checkedInAt) {
      return { outcome: 'already_checked_in', registration: current, at: current.checkedInAt };
    }
    return {
      outcome: 'refused',
      message:
        (current ? findDoorRefusal(kiosk, current, at) : registrationGone) ??
        'Cette inscription a changé : scannez de nouveau.',
    };
  }
}

const registrationGone = 'Cette inscription n’existe plus : elle a été annulée.';

/** Why this registration may not come in at this kiosk at `at`; null when it may. */
function findDoorRefusal(kiosk: Kiosk, registration: DoorRegistration, at: Date): string | null {
  if (registration.status === 'cancelled') return registrationGone;
  const { event } = registration;
  if (event.siteId !== kiosk.siteId) {
    return `Cet événement a lieu sur un autre site : ${event.siteName}.`;
  }
  if (event.status === 'cancelled') return `L’événement « ${event.title} » a été annulé.`;
  if (event.status !== 'approved') {
    return `L’événement « ${event.title} » n’est pas validé : pas d’accueil à la borne.`;
  }
  if (registration.status === 'waiting') {
    return `Vous êtes en liste d’attente pour « ${event.title} » : aucune place sur place ne vous a été attribuée. Adressez-vous aux organisateurs.`;
  }
  if (registration.mode === 'remote') {
    return `Vous êtes inscrit·e à distance à « ${event.title} » : l’accueil sur place est réservé aux inscrits sur place.`;
  }
  // Once in, a second scan is a welcome, even at the very end.
  if (registration.checkedInAt !== null) return null;
  const opensAt = new Date(event.startsAt.getTime() - eventCheckInOpensMinutesBefore * 60_000);
  if (at < opensAt) {
    const day =
      event.date === siteToday(event.timezone, at) ? '' : ` le ${formatFrenchDate(event.date)}`;
    return `Trop tôt : l’accueil de « ${event.title} » ouvre${day} à ${formatSiteTime(opensAt, event.timezone)}.`;
  }
  if (at >= event.endsAt) return `L’événement « ${event.title} » est terminé.`;
  return null;
}

function toEventAttendance(
  decision: Extract<EventDoorDecision, { outcome: 'checked_in' | 'already_checked_in' }>,
): EventAttendanceResult {
  const { registration, at } = decision;
  return {
    outcome: decision.outcome === 'checked_in' ? 'event_checked_in' : 'event_already_checked_in',
    registrationId: registration.id,
    person: registration.person,
    event: {
      id: registration.event.id,
      title: registration.event.title,
      zone: registration.event.zone,
    },
    startsAt: registration.event.startsAt.toISOString(),
    endsAt: registration.event.endsAt.toISOString(),
    checkedInAt: at.toISOString(),
  };
}
