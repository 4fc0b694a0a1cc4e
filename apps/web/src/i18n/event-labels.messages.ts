import type {
  archiveLinkKindLabels,
  eventAudienceLabels,
  eventStatusLabels,
  eventTypeLabels,
  guestInvitationStatusLabels,
  registrationModeLabels,
} from '@admz/shared';
import { defineMessages, useMessages } from './language';

type EventLabels = {
  archiveLinkKind: typeof archiveLinkKindLabels;
  eventType: typeof eventTypeLabels;
  eventAudience: typeof eventAudienceLabels;
  eventStatus: typeof eventStatusLabels;
  registrationMode: typeof registrationModeLabels;
  guestInvitationStatus: typeof guestInvitationStatusLabels;
};

/**
 * The names of the values of events and their guests (types, audiences, statuses…), in their own catalogue so that a page loads only the names it shows. French is the
 * shared library's records, copied as in domain-labels.messages.ts; a test keeps the copy equal.
 */
export const eventLabels = defineMessages<EventLabels>({
  fr: {
    archiveLinkKind: {
      slides: 'Diapositives',
      video: 'Vidéo',
      notes: 'Notes',
      repository: 'Dépôt de code',
      other: 'Autre',
    },
    eventType: {
      talk: 'Conférence',
      thematic_day: 'Journée thématique',
      workshop: 'Atelier',
      lunch: 'Déjeuner',
      other: 'Autre',
    },
    eventAudience: { public: 'Ouvert à tous', agents: 'Réservé aux agents publics' },
    eventStatus: {
      proposed: 'En attente de validation',
      approved: 'Validé',
      declined: 'Refusé',
      cancelled: 'Annulé',
    },
    registrationMode: { in_person: 'Sur place', remote: 'À distance' },
    guestInvitationStatus: {
      pending: 'En attente de validation',
      approved: 'Validée',
      declined: 'Refusée',
      cancelled: 'Annulée',
    },
  },
  en: {
    archiveLinkKind: {
      slides: 'Slides',
      video: 'Video',
      notes: 'Notes',
      repository: 'Code repository',
      other: 'Other',
    },
    eventType: {
      talk: 'Talk',
      thematic_day: 'Theme day',
      workshop: 'Workshop',
      lunch: 'Lunch',
      other: 'Other',
    },
    eventAudience: { public: 'Open to everyone', agents: 'Public servants only' },
    eventStatus: {
      proposed: 'Awaiting approval',
      approved: 'Approved',
      declined: 'Declined',
      cancelled: 'Cancelled',
    },
    registrationMode: { in_person: 'On site', remote: 'Remote' },
    guestInvitationStatus: {
      pending: 'Awaiting approval',
      approved: 'Approved',
      declined: 'Declined',
      cancelled: 'Cancelled',
    },
  },
});

/** The names of the values of events and their guests in the current language. */
export function useEventLabels(): EventLabels {
  return useMessages(eventLabels);
}
