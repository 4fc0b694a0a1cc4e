import { describe, expect, test } from 'vitest';
import {
  formatBookingWindow,
  formatCount,
  formatDate,
  formatDateTime,
  formatDuration,
  formatMonth,
} from './format';

describe('dates, counts and durations in the person’s language', () => {
  test('French is the shared wording, unchanged', () => {
    expect(formatDate('2026-11-02', 'fr')).toBe('lundi 2 novembre 2026');
    expect(formatDate('2026-11-02', 'fr', { withYear: false })).toBe('lundi 2 novembre');
    expect(formatMonth('2026-11', 'fr')).toBe('novembre 2026');
    expect(formatDateTime('2026-11-02T08:12:00Z', 'Europe/Paris', 'fr')).toBe(
      'lundi 2 novembre 2026 à 09:12',
    );
  });

  test('English dates, whatever the browser’s zone, on the site’s clock', () => {
    expect(formatDate('2026-11-02', 'en')).toBe('Monday 2 November 2026');
    expect(formatDate('2026-03-29', 'en', { withYear: false })).toBe('Sunday 29 March');
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
    // 23:30 in Paris is still the 2nd there, though the 2nd in UTC has not ended either.
    expect(formatDateTime('2026-11-02T22:30:00Z', 'Europe/Paris', 'en')).toBe(
      'Monday 2 November 2026 at 23:30',
    );
  });

  test('plurals: French 0 and 1 singular, English only 1', () => {
    const desk = { fr: 'poste', en: 'desk' };
    expect([0, 1, 2].map((n) => formatCount(n, desk, 'fr'))).toEqual([
      '0 poste',
      '1 poste',
      '2 postes',
    ]);
    expect([0, 1, 2].map((n) => formatCount(n, desk, 'en'))).toEqual([
      '0 desks',
      '1 desk',
      '2 desks',
    ]);
    expect(formatCount(3, { fr: 'personne', en: 'person', enPlural: 'people' }, 'en')).toBe(
      '3 people',
    );
  });

  test('durations and the booking window', () => {
    expect(formatDuration(2880, 'en')).toBe('2 days');
    expect(formatDuration(1440, 'en')).toBe('1 day');
    expect(formatDuration(90, 'en')).toBe('1 h 30');
    expect(formatDuration(45, 'fr')).toBe('45 min');
    expect(formatBookingWindow({ maxDaysAhead: 30 }, 'en')).toBe(
      'bookings open at most 30 days ahead',
    );
    expect(formatBookingWindow({ maxDaysAhead: 0 }, 'en')).toBe(
      'bookings are for the same day only',
    );
    expect(formatBookingWindow({ maxDaysAhead: 30 }, 'fr')).toBe(
      'on réserve au plus 30 jours à l’avance',
    );
  });
});

describe('the names of the domain’s values', () => {
  test('French is exactly the shared library’s records (the API and the mails use them)', async () => {
    const shared = await import('@admz/shared');
    const { domainLabels } = await import('./domain-labels.messages');
    const { eventLabels } = await import('./event-labels.messages');
    const { auditLabels } = await import('./audit-labels.messages');
    const { roomLabels } = await import('./room-labels.messages');
    const { siteLabels } = await import('./site-labels.messages');
    expect(domainLabels.fr).toEqual({
      isoWeekday: shared.isoWeekdayLabels,
      slot: shared.slotLabels,
      bookingStatus: shared.bookingStatusLabels,
      deskAttribute: shared.deskAttributeLabels,
      todayState: shared.todayStateLabels,
      waitlistStatus: shared.waitlistStatusLabels,
    });
    expect(eventLabels.fr).toEqual({
      archiveLinkKind: shared.archiveLinkKindLabels,
      eventType: shared.eventTypeLabels,
      eventAudience: shared.eventAudienceLabels,
      eventStatus: shared.eventStatusLabels,
      registrationMode: shared.registrationModeLabels,
      guestInvitationStatus: shared.guestInvitationStatusLabels,
    });
    expect(auditLabels.fr).toEqual({ auditKind: shared.auditKindLabels });
    expect(roomLabels.fr).toEqual({
      roomKind: shared.roomKindLabels,
      roomEquipment: shared.roomEquipmentLabels,
    });
    expect(siteLabels.fr).toEqual({
      slotType: shared.slotTypeLabels,
      holidayRegion: shared.holidayRegionLabels,
      siteKind: shared.siteKindLabels,
    });
  });
});
