import type { MyData } from '@admz/shared';
import { describe, expect, it } from 'vitest';
import {
  describeAccountDeletion,
  describeDeletionEffects,
  describeRetentionPeriods,
} from './my-data-summary';

const now = new Date('2026-12-02T10:00:00Z');

function booking(
  status: MyData['bookings'][number]['status'],
  endsAt: string,
): MyData['bookings'][number] {
  return {
    id: crypto.randomUUID(),
    siteName: 'AdmZ Paris',
    siteTimezone: 'Europe/Paris',
    deskLabel: 'A-01',
    zone: 'Plateau',
    date: endsAt.slice(0, 10),
    slot: 'morning',
    startsAt: endsAt,
    endsAt,
    status,
    isWalkIn: false,
    seriesId: null,
    createdAt: '2026-11-01T10:00:00Z',
    cancelledAt: null,
    checkedInAt: null,
    checkedInKioskName: null,
    checkedOutAt: null,
    releasedAt: null,
    mailQrCodeUsedAt: null,
    remindedAt: null,
    presence: null,
  };
}

const emptyData: MyData = {
  exportedAt: now.toISOString(),
  identity: {
    id: '0b6f3c1e-2d4a-4f5b-8c9d-0e1f2a3b4c5d',
    sub: 'sub',
    givenName: 'Camille',
    usualName: 'Martin',
    email: 'camille@example.gouv.fr',
    uid: null,
    siret: null,
    idpId: null,
    organizationLabel: null,
    isAdmin: false,
    createdAt: '2026-01-01T00:00:00Z',
    lastLoginAt: null,
  },
  siteRoles: [],
  assignedDesks: [],
  bookings: [],
  presenceProfile: null,
  bookingSeries: [],
  waitlistEntries: [],
  eventRegistrations: [],
  roomBookings: [],
  eventProposals: [],
  guestInvitations: [],
  statisticsMonths: [],
  offlineScans: [],
  calendarFeed: { isActive: false, createdAt: null },
  sessions: [],
  keptMails: [],
  auditEvents: [],
  retention: {
    presenceMonths: 3,
    bookingsMonths: 12,
    sessionDays: 14,
    expiredSessionsDays: 0,
    outboxDays: 30,
    jobsDays: 7,
  },
};

describe('describeDeletionEffects', () => {
  it('names each effect with its count, singular or plural', () => {
    const effects = describeDeletionEffects(
      {
        ...emptyData,
        bookings: [
          booking('confirmed', '2026-12-10T12:00:00Z'),
          booking('confirmed', '2026-12-11T12:00:00Z'),
          booking('checked_out', '2026-11-10T12:00:00Z'),
        ],
        siteRoles: [{ siteId: emptyData.identity.id, siteName: 'AdmZ Paris', role: 'key_holder' }],
        calendarFeed: { isActive: true, createdAt: '2026-11-01T10:00:00Z' },
      },
      now,
    );
    expect(effects).toEqual([
      "2 réservations à venir seront annulées : les postes sont offerts aux personnes en liste d'attente.",
      "1 réservation passée est gardée pour les statistiques, sans votre nom : plus personne ne peut savoir qu'elle était la vôtre.",
      "Vous n'êtes plus détenteur ou détentrice d'une clé (1 site).",
      "Votre lien d'agenda cesse de fonctionner.",
      'Votre identité (nom, adresse électronique, organisation) est effacée et vous êtes déconnecté·e de tous vos appareils.',
    ]);
  });

  it('names the events to come that are left, and says proposals stay unsigned', () => {
    const registration = (date: string, status: 'registered' | 'waiting' | 'cancelled') => ({
      eventTitle: 'Déjeuner des geeks',
      siteName: 'AdmZ Paris',
      date,
      mode: 'in_person' as const,
      status,
      createdAt: '2026-11-01T10:00:00Z',
      cancelledAt: null,
    });
    const effects = describeDeletionEffects(
      {
        ...emptyData,
        eventRegistrations: [
          registration('2026-12-10', 'registered'),
          registration('2026-12-11', 'waiting'),
          registration('2026-12-12', 'cancelled'),
          registration('2026-11-10', 'registered'),
        ],
        eventProposals: [
          {
            title: 'Atelier DSFR',
            siteName: 'AdmZ Paris',
            date: '2026-12-15',
            status: 'approved',
            createdAt: '2026-11-01T10:00:00Z',
          },
        ],
      },
      now,
    );
    expect(effects.slice(0, 2)).toEqual([
      "Vous quittez 2 événements à venir : vos places sont offertes aux personnes en liste d'attente.",
      "L'événement que vous avez proposé reste à l'agenda, sans votre nom.",
    ]);
  });

  it('says at least that the identity goes, for an account with nothing else', () => {
    expect(describeDeletionEffects(emptyData, now)).toHaveLength(1);
  });
});

describe('describeAccountDeletion', () => {
  it('leaves out what did not happen', () => {
    expect(
      describeAccountDeletion({
        cancelledBookings: 1,
        checkedOutBookings: 0,
        endedSeries: 0,
        leftWaitlists: 0,
        leftEvents: 2,
        cancelledRoomBookings: 0,
        anonymisedBookings: 4,
        removedSiteRoles: 0,
        releasedDesks: 0,
        endedSessions: 2,
      }),
    ).toEqual(['1 réservation annulée.', '2 événements quittés.', '4 réservations anonymisées.']);
  });
});

describe('describeRetentionPeriods', () => {
  it('states the periods of this deployment', () => {
    const rows = describeRetentionPeriods({ ...emptyData.retention, presenceMonths: 6 });
    expect(rows[0]?.howLong).toBe('6 mois après le créneau réservé, puis effacées');
    expect(rows[1]?.howLong).toMatch(/^12 mois après le créneau, puis anonymisées/);
    expect(rows[3]?.howLong).toBe(
      '14 jours, puis supprimées dans la journée qui suit leur expiration',
    );
  });
});
