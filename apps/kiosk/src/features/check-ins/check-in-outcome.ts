import type { CheckInResult, CheckOutResult, GreetingDesk } from '@admz/shared';
import type { Messages } from '../../i18n/messages-fr';
import type { OfflineCheckInDecision } from '../offline/offline-check-in';
import type { ScanFeedback } from './scan-feedback';

/** What the result screen shows after a scan, a walk-in or a check-out. */
export type CheckInOutcome =
  | { kind: 'checked-in'; givenName: string; desk: GreetingDesk; isOffline: boolean }
  | {
      kind: 'already-checked-in';
      givenName: string;
      deskLabel: string;
      since: string;
      /** Null when the kiosk is offline: a departure needs the API. */
      checkOutToken: string | null;
    }
  | {
      kind: 'event-checked-in';
      givenName: string;
      eventTitle: string;
      /** The event's zone; '' when unknown (offline). */
      zone: string;
      /** Set when the person was already in: since when. */
      alreadySince: string | null;
      isOffline: boolean;
    }
  | {
      kind: 'guest-checked-in';
      givenName: string;
      /** Who invited them (« Camille Martin »); null once their account is gone. */
      invitedBy: string | null;
      /** Set when the guest was already in: since when. */
      alreadySince: string | null;
    }
  | { kind: 'checked-out'; result: CheckOutResult }
  | { kind: 'refused'; subject: 'check-in' | 'check-out'; message: string };

export type WalkInOffer = Extract<CheckInResult, { outcome: 'walk_in' }>;

/** A scan answered by the API, or decided by the kiosk itself while the API was unreachable. */
export type CheckInAnswer =
  | { source: 'server'; result: CheckInResult }
  | { source: 'offline'; decision: OfflineCheckInDecision };

export type NextScreen =
  { screen: 'result'; outcome: CheckInOutcome } | { screen: 'walk-in'; offer: WalkInOffer };

export function describeServerResult(result: CheckInResult): NextScreen {
  switch (result.outcome) {
    case 'checked_in':
      return {
        screen: 'result',
        outcome: {
          kind: 'checked-in',
          givenName: result.person.givenName,
          desk: result.desk,
          isOffline: false,
        },
      };
    case 'already_checked_in':
      return {
        screen: 'result',
        outcome: {
          kind: 'already-checked-in',
          givenName: result.person.givenName,
          deskLabel: result.desk.label,
          since: result.checkedInAt,
          checkOutToken: result.checkOutToken,
        },
      };
    case 'walk_in':
      return { screen: 'walk-in', offer: result };
    case 'event_checked_in':
    case 'event_already_checked_in':
      return {
        screen: 'result',
        outcome: {
          kind: 'event-checked-in',
          givenName: result.person.givenName,
          eventTitle: result.event.title,
          zone: result.event.zone,
          alreadySince: result.outcome === 'event_already_checked_in' ? result.checkedInAt : null,
          isOffline: false,
        },
      };
    case 'guest_checked_in':
    case 'guest_already_checked_in':
      return {
        screen: 'result',
        outcome: {
          kind: 'guest-checked-in',
          givenName: result.person.givenName,
          invitedBy: result.invitedBy,
          alreadySince: result.outcome === 'guest_already_checked_in' ? result.checkedInAt : null,
        },
      };
  }
}

export function describeCheckInAnswer(answer: CheckInAnswer, messages: Messages): NextScreen {
  if (answer.source === 'server') return describeServerResult(answer.result);
  const { decision } = answer;
  const { eventTitle } = decision.verdict === 'refused' ? { eventTitle: null } : decision.booking;
  if (eventTitle !== null && decision.verdict !== 'refused') {
    return {
      screen: 'result',
      outcome: {
        kind: 'event-checked-in',
        givenName: decision.booking.givenName,
        eventTitle,
        zone: '',
        alreadySince: decision.verdict === 'already-queued' ? decision.since : null,
        isOffline: true,
      },
    };
  }
  switch (decision.verdict) {
    case 'queue':
      return {
        screen: 'result',
        outcome: {
          kind: 'checked-in',
          givenName: decision.booking.givenName,
          desk: offlineDesk(decision.booking.deskLabel, decision.booking.zone),
          isOffline: true,
        },
      };
    case 'already-queued':
      return {
        screen: 'result',
        outcome: {
          kind: 'already-checked-in',
          givenName: decision.booking.givenName,
          deskLabel: decision.booking.deskLabel,
          since: decision.since,
          checkOutToken: null,
        },
      };
    case 'refused':
      return {
        screen: 'result',
        outcome: {
          kind: 'refused',
          subject: 'check-in',
          message: messages.refusal.offline[decision.reason],
        },
      };
  }
}

export function feedbackFor(next: NextScreen): ScanFeedback {
  return next.screen === 'result' && next.outcome.kind === 'refused' ? 'refusal' : 'success';
}

// Offline, the token names the desk and zone; the plan needs the API.
function offlineDesk(label: string, zone: string): GreetingDesk {
  return { label, zone, planPosition: null, planUrl: null };
}
