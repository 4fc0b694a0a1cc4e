import type { CheckInResult } from '@admz/shared';
import { describe, expect, it } from 'vitest';
import { messagesEn } from '../../i18n/messages-en';
import { messagesFr } from '../../i18n/messages-fr';
import { describeCheckInAnswer, feedbackFor } from './check-in-outcome';

const bookingId = '7f1c1a52-8a43-4d4e-9a3f-2d0c6c1f8b11';
const person = { givenName: 'Camille', usualName: 'Martin' };
const desk = {
  label: 'A-01',
  zone: 'Zone calme',
  planPosition: { x: 0.4, y: 0.6 },
  planUrl: '/api/plan.png',
};
const attendance = {
  bookingId,
  person,
  desk,
  startsAt: '2026-11-03T08:00:00Z',
  endsAt: '2026-11-03T12:00:00Z',
  checkedInAt: '2026-11-03T08:02:00Z',
};
const offlineBooking = {
  bookingId,
  givenName: 'Camille',
  deskLabel: 'A-01',
  zone: 'Zone calme',
  eventTitle: null,
};

describe('describeCheckInAnswer', () => {
  it('greets with the desk and its plan on a check-in', () => {
    const result: CheckInResult = { outcome: 'checked_in', ...attendance };
    expect(describeCheckInAnswer({ source: 'server', result }, messagesFr)).toEqual({
      screen: 'result',
      outcome: { kind: 'checked-in', givenName: 'Camille', desk, isOffline: false },
    });
  });

  it('offers the departure to someone already in', () => {
    const result: CheckInResult = {
      outcome: 'already_checked_in',
      ...attendance,
      checkOutToken: 'signed-check-out-token-of-two-minutes',
    };
    expect(describeCheckInAnswer({ source: 'server', result }, messagesFr)).toMatchObject({
      screen: 'result',
      outcome: {
        kind: 'already-checked-in',
        since: '2026-11-03T08:02:00Z',
        checkOutToken: 'signed-check-out-token-of-two-minutes',
      },
    });
  });

  it('opens the free desks for a personal pass without booking', () => {
    const result: CheckInResult = {
      outcome: 'walk_in',
      person,
      offerToken: 'signed-offer-token-of-two-minutes',
      options: [],
    };
    expect(describeCheckInAnswer({ source: 'server', result }, messagesFr)).toEqual({
      screen: 'walk-in',
      offer: result,
    });
  });

  it('greets an event registrant with the event, and says when a second scan was already in', () => {
    const event = { id: bookingId, title: 'Atelier accueil', zone: 'Atelier' };
    const arrival = {
      registrationId: bookingId,
      person,
      event,
      startsAt: '2026-11-03T09:00:00Z',
      endsAt: '2026-11-03T11:00:00Z',
      checkedInAt: '2026-11-03T08:40:00Z',
    };
    const first: CheckInResult = { outcome: 'event_checked_in', ...arrival };
    const next = describeCheckInAnswer({ source: 'server', result: first }, messagesFr);
    expect(next).toEqual({
      screen: 'result',
      outcome: {
        kind: 'event-checked-in',
        givenName: 'Camille',
        eventTitle: 'Atelier accueil',
        zone: 'Atelier',
        alreadySince: null,
        isOffline: false,
      },
    });
    expect(feedbackFor(next)).toBe('success');
    const again: CheckInResult = { outcome: 'event_already_checked_in', ...arrival };
    expect(describeCheckInAnswer({ source: 'server', result: again }, messagesFr)).toMatchObject({
      outcome: { kind: 'event-checked-in', alreadySince: '2026-11-03T08:40:00Z' },
    });
  });

  it('greets a guest by their given name and who invited them, then as already in', () => {
    const arrival = {
      invitationId: '7f1c5f8e-2a4b-4c1d-9e3f-0a1b2c3d4e5f',
      person: { givenName: 'Margaux', usualName: 'Durand' },
      organisation: 'Société Exemple',
      invitedBy: 'Camille Martin',
      checkedInAt: '2026-11-03T08:40:00Z',
    };
    const first: CheckInResult = { outcome: 'guest_checked_in', ...arrival };
    const next = describeCheckInAnswer({ source: 'server', result: first }, messagesFr);
    expect(next).toEqual({
      screen: 'result',
      outcome: {
        kind: 'guest-checked-in',
        givenName: 'Margaux',
        invitedBy: 'Camille Martin',
        alreadySince: null,
      },
    });
    expect(feedbackFor(next)).toBe('success');
    expect(messagesFr.greeting.guestWelcome('Margaux')).toBe('Bienvenue, Margaux');
    expect(messagesFr.greeting.guestInvitedBy('Camille Martin')).toBe('Invité·e de Camille Martin');
    const again: CheckInResult = { outcome: 'guest_already_checked_in', ...arrival };
    expect(describeCheckInAnswer({ source: 'server', result: again }, messagesFr)).toMatchObject({
      outcome: { kind: 'guest-checked-in', alreadySince: '2026-11-03T08:40:00Z' },
    });
  });

  it('greets an event registrant offline from the pass, with the event’s title', () => {
    const item = {
      clientId: 'c2',
      token: 't',
      scannedAt: '2026-11-03T08:45:00.000Z',
      bookingId,
      givenName: 'Camille',
      deskLabel: '',
    };
    const booking = { ...offlineBooking, deskLabel: '', zone: '', eventTitle: 'Atelier accueil' };
    expect(
      describeCheckInAnswer(
        { source: 'offline', decision: { verdict: 'queue', item, booking } },
        messagesFr,
      ),
    ).toEqual({
      screen: 'result',
      outcome: {
        kind: 'event-checked-in',
        givenName: 'Camille',
        eventTitle: 'Atelier accueil',
        zone: '',
        alreadySince: null,
        isOffline: true,
      },
    });
  });

  it('greets offline from the token, without plan, and says the arrival waits', () => {
    const item = {
      clientId: 'c1',
      token: 't',
      scannedAt: '2026-11-03T08:02:00.000Z',
      bookingId,
      givenName: 'Camille',
      deskLabel: 'A-01',
    };
    const next = describeCheckInAnswer(
      { source: 'offline', decision: { verdict: 'queue', item, booking: offlineBooking } },
      messagesFr,
    );
    expect(next).toEqual({
      screen: 'result',
      outcome: {
        kind: 'checked-in',
        givenName: 'Camille',
        desk: { label: 'A-01', zone: 'Zone calme', planPosition: null, planUrl: null },
        isOffline: true,
      },
    });
  });

  it('offers no departure for a booking already queued offline', () => {
    const next = describeCheckInAnswer(
      {
        source: 'offline',
        decision: {
          verdict: 'already-queued',
          booking: offlineBooking,
          since: '2026-11-03T07:50:00Z',
        },
      },
      messagesFr,
    );
    expect(next).toMatchObject({ outcome: { kind: 'already-checked-in', checkOutToken: null } });
  });

  it('explains an offline refusal in the language on screen', () => {
    const answer = {
      source: 'offline',
      decision: { verdict: 'refused', reason: 'typed-code' },
    } as const;
    expect(describeCheckInAnswer(answer, messagesFr)).toEqual({
      screen: 'result',
      outcome: {
        kind: 'refused',
        subject: 'check-in',
        message: messagesFr.refusal.offline['typed-code'],
      },
    });
    expect(describeCheckInAnswer(answer, messagesEn)).toMatchObject({
      outcome: { message: messagesEn.refusal.offline['typed-code'] },
    });
    expect(feedbackFor(describeCheckInAnswer(answer, messagesFr))).toBe('refusal');
  });
});
