import { z } from 'zod/mini';
import {
  isoDateSchema,
  localTimeSchema,
  multiLineTextSchema,
  singleLineTextSchema,
} from './common';
import { affectedBookingSchema } from './site-settings';

/** What kind of moment an event is. */
export const eventTypes = ['talk', 'thematic_day', 'workshop', 'lunch', 'other'] as const;
export const eventTypeSchema = z.enum(eventTypes, { message: "Type d'événement inconnu." });
export type EventType = z.infer<typeof eventTypeSchema>;

export const eventTypeLabels: Record<EventType, string> = {
  talk: 'Conférence',
  thematic_day: 'Journée thématique',
  workshop: 'Atelier',
  lunch: 'Déjeuner',
  other: 'Autre',
};

/** Who may come: anyone (the public agenda), or public agents only. */
export const eventAudiences = ['public', 'agents'] as const;
export const eventAudienceSchema = z.enum(eventAudiences, { message: 'Public inconnu.' });
export type EventAudience = z.infer<typeof eventAudienceSchema>;

export const eventAudienceLabels: Record<EventAudience, string> = {
  public: 'Ouvert à tous',
  agents: 'Réservé aux agents publics',
};

/** proposed → approved | declined; approved → cancelled. Only an approved event holds its space. */
export const eventStatuses = ['proposed', 'approved', 'declined', 'cancelled'] as const;
export const eventStatusSchema = z.enum(eventStatuses);
export type EventStatus = z.infer<typeof eventStatusSchema>;

export const eventStatusLabels: Record<EventStatus, string> = {
  proposed: 'En attente de validation',
  approved: 'Validé',
  declined: 'Refusé',
  cancelled: 'Annulé',
};

/** Furthest ahead an event may be placed, in days: a year of programme. */
export const maxEventDaysAhead = 365;
/** Most theme tags an event carries. */
export const maxEventThemes = 8;

const themeSchema = singleLineTextSchema.check(
  z.trim(),
  z.minLength(1, { message: 'Un thème ne peut pas être vide.' }),
  z.maxLength(40, { message: 'Un thème fait au plus 40 caractères.' }),
);

/** An https link to a visio room (the browser opens it as is, so no other scheme). */
const visioUrlSchema = singleLineTextSchema.check(
  z.trim(),
  z.maxLength(500, { message: 'Le lien de visio fait au plus 500 caractères.' }),
  z.refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    message:
      'Le lien de visio est une adresse complète en https:// (exemple : https://webinaire.numerique.gouv.fr/…).',
  }),
);

/** An event's theme tags: proposed with it, completed in its archive once over (one list, one meaning). */
export const eventThemesSchema = z._default(
  z.array(themeSchema).check(
    z.maxLength(maxEventThemes, { message: `Au plus ${maxEventThemes} thèmes.` }),
    z.refine(
      (themes) => new Set(themes.map((theme) => theme.toLowerCase())).size === themes.length,
      {
        message: 'Un même thème est indiqué deux fois.',
      },
    ),
  ),
  [],
);

const eventFields = z.object({
  title: singleLineTextSchema.check(
    z.trim(),
    z.minLength(3, { message: 'Le titre fait au moins 3 caractères.' }),
    z.maxLength(120, { message: 'Le titre fait au plus 120 caractères.' }),
  ),
  description: multiLineTextSchema.check(
    z.trim(),
    z.minLength(1, { message: 'Décrivez l’événement en quelques lignes.' }),
    z.maxLength(4000, { message: 'La description fait au plus 4 000 caractères.' }),
  ),
  type: eventTypeSchema,
  themes: eventThemesSchema,
  /** The day of the event, site calendar; an event lives within one day. */
  date: isoDateSchema,
  /** Site-local wall-clock times. */
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  /** The zone of the site the event uses; or, instead, one of its rooms (`roomId`). */
  zoneId: z.optional(z.uuid({ message: 'Choisissez la zone utilisée.' })),
  /** A room of the site, instead of a zone: the approval books it (room_bookings). */
  roomId: z.optional(z.uuid({ message: 'Choisissez la salle utilisée.' })),
  /** Places in person. */
  capacity: z
    .number({ message: 'Le nombre de places est un nombre entier.' })
    .check(
      z.int({ message: 'Le nombre de places est un nombre entier.' }),
      z.gte(1, { message: 'Le nombre de places est au moins 1.' }),
      z.lte(1000, { message: 'Le nombre de places est au plus 1 000.' }),
    ),
  visioUrl: z._default(z.nullable(visioUrlSchema), null),
  audience: eventAudienceSchema,
});

const endsAfterStart = <T extends { startTime: string; endTime: string }>(value: T) =>
  value.endTime > value.startTime;
const endsAfterStartIssue = {
  message: "L'heure de fin doit être après l'heure de début.",
  path: ['endTime'],
};
const oneSpace = <T extends { zoneId?: string | undefined; roomId?: string | undefined }>(
  value: T,
) => (value.zoneId === undefined) !== (value.roomId === undefined);
const oneSpaceIssue = {
  message: 'Choisissez soit une zone, soit une salle, pour l’événement.',
  path: ['zoneId'],
};

/** Body of `POST /api/sites/:siteId/events`: an agent proposes an event to the site's hosts. */
export const proposeEventSchema = eventFields.check(
  z.refine(endsAfterStart, endsAfterStartIssue),
  z.refine(oneSpace, oneSpaceIssue),
);
export type ProposeEvent = z.infer<typeof proposeEventSchema>;
export type ProposeEventInput = z.input<typeof proposeEventSchema>;

/** Body of `POST /api/sites/:siteId/events/hosted`: a host creates an event, approved at once. */
export const createHostedEventSchema = z
  .extend(eventFields, { confirm: z._default(z.boolean(), false) })
  .check(z.refine(endsAfterStart, endsAfterStartIssue), z.refine(oneSpace, oneSpaceIssue));
export type CreateHostedEvent = z.infer<typeof createHostedEventSchema>;

/** Body of `POST …/events/:eventId/approval`: `confirm` once the host has seen the bookings it cancels. */
export const approveEventSchema = z.object({ confirm: z._default(z.boolean(), false) });
export type ApproveEvent = z.infer<typeof approveEventSchema>;

/** Body of `POST …/events/:eventId/cancellation`: why, mailed to everyone registered. */
export const cancelEventSchema = z.object({
  reason: multiLineTextSchema.check(
    z.trim(),
    z.minLength(3, {
      message: 'Indiquez pourquoi l’événement est annulé : les inscrits le reçoivent.',
    }),
    z.maxLength(1000, { message: 'La raison fait au plus 1 000 caractères.' }),
  ),
});
export type CancelEvent = z.infer<typeof cancelEventSchema>;

/** Body of `POST …/events/:eventId/decline`: the reason, mailed to the person who proposed it. */
export const declineEventSchema = z.object({
  reason: multiLineTextSchema.check(
    z.trim(),
    z.minLength(3, { message: 'Indiquez la raison du refus : elle est envoyée à la personne.' }),
    z.maxLength(1000, { message: 'La raison fait au plus 1 000 caractères.' }),
  ),
});
export type DeclineEvent = z.infer<typeof declineEventSchema>;

/** Remote registrants are mailed the visio link this many minutes before the start. */
export const visioLinkLeadMinutes = 30;

export const eventSchema = z.object({
  id: z.uuid(),
  siteId: z.uuid(),
  siteName: z.string(),
  timezone: z.string(),
  title: z.string(),
  description: z.string(),
  type: eventTypeSchema,
  themes: z.array(z.string()),
  date: isoDateSchema,
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  /** The space the event holds once approved: a zone, or a room (booked for its time). */
  space: z.object({ kind: z.enum(['zone', 'room']), id: z.uuid(), name: z.string() }),
  capacity: z.number().check(z.int()),
  hasVisio: z.boolean(),
  /** Given to the person who proposed it and the site's hosts only (registrants later). */
  visioUrl: z.nullable(z.string()),
  audience: eventAudienceSchema,
  status: eventStatusSchema,
  declineReason: z.nullable(z.string()),
  proposedBy: z.nullable(z.object({ givenName: z.string(), usualName: z.string() })),
  isMine: z.boolean(),
  /** Whether the caller organises it: a host of its site, or who proposed it once approved. */
  canOrganise: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Event = z.infer<typeof eventSchema>;

/** Answer of an approval (or a hosted creation): the event, and the desk bookings it cancelled. */
export const eventApprovalSchema = z.object({
  event: eventSchema,
  cancelledBookings: z.array(affectedBookingSchema),
});
export type EventApproval = z.infer<typeof eventApprovalSchema>;

/** In the room (within the places, then a waiting list), or remotely by visio (no limit). */
export const registrationModes = ['in_person', 'remote'] as const;
export const registrationModeSchema = z.enum(registrationModes, {
  message: 'Choisissez « in_person » (sur place) ou « remote » (à distance).',
});
export type RegistrationMode = z.infer<typeof registrationModeSchema>;

export const registrationModeLabels: Record<RegistrationMode, string> = {
  in_person: 'Sur place',
  remote: 'À distance',
};

/** Body of `POST /api/events/:eventId/registration`. */
export const registerToEventSchema = z.object({ mode: registrationModeSchema });
export type RegisterToEvent = z.infer<typeof registerToEventSchema>;

/** Where the caller stands for an event, and how full it is. */
/** The caller's own registration to an event. */
export const myRegistrationSchema = z.object({
  mode: registrationModeSchema,
  status: z.enum(['registered', 'waiting']),
  /** Place on the waiting list (1 = next), when waiting. */
  waitingPosition: z.nullable(z.number().check(z.int())),
  /** The visio link, once registered remotely. */
  visioUrl: z.nullable(z.string()),
});
export type MyRegistration = z.infer<typeof myRegistrationSchema>;

export const eventRegistrationStateSchema = z.object({
  capacity: z.number().check(z.int()),
  registeredInPerson: z.number().check(z.int()),
  registeredRemote: z.number().check(z.int()),
  waiting: z.number().check(z.int()),
  mine: z.nullable(myRegistrationSchema),
});
export type EventRegistrationState = z.infer<typeof eventRegistrationStateSchema>;

/** `GET /api/events/registered`: the events to come the caller is registered to or waits for. */
export const myEventRegistrationSchema = z.object({
  event: eventSchema,
  registration: myRegistrationSchema,
});
export type MyEventRegistration = z.infer<typeof myEventRegistrationSchema>;

/** One line of the organisers' list. */
export const eventRegistrantSchema = z.object({
  givenName: z.string(),
  usualName: z.string(),
  email: z.string(),
  organizationLabel: z.nullable(z.string()),
  mode: registrationModeSchema,
  status: z.enum(['registered', 'waiting']),
  registeredAt: z.iso.datetime({ offset: true }),
  /** When the person was checked in at the door (a kiosk of the site); null until then. */
  checkedInAt: z.nullable(z.iso.datetime({ offset: true })),
});
export type EventRegistrant = z.infer<typeof eventRegistrantSchema>;

/** The door opens this long before an event starts, and closes at its end. */
export const eventCheckInOpensMinutesBefore = 30;

/**
 * `GET /api/events/:eventId/pass`: the QR code of an in-person registration, on the event's day.
 * Same signed, rotating tokens as a booking's pass (kind `admz-event`): ask again from
 * `refreshAfter`.
 */
export const eventPassSchema = z.object({
  registrationId: z.uuid(),
  token: z.string(),
  /** Short code a person types at the kiosk when the camera fails. */
  shortCode: z.string(),
  qrSvg: z.string(),
  /** The event's check-in window. */
  validFrom: z.iso.datetime({ offset: true }),
  validUntil: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  refreshAfter: z.iso.datetime({ offset: true }),
  /** Already checked in at the door, when. */
  checkedInAt: z.nullable(z.iso.datetime({ offset: true })),
});
export type EventPass = z.infer<typeof eventPassSchema>;

/**
 * `GET …/events/:eventId/attendance`, for the organisers: who came among the people registered
 * in person (the waiting list is not counted). No-shows are counted once the event is over.
 */
export const eventAttendanceSchema = z.object({
  registeredInPerson: z.number().check(z.int()),
  attendees: z.number().check(z.int()),
  /** Registered in person, not checked in: null until the event is over. */
  noShows: z.nullable(z.number().check(z.int())),
  isOver: z.boolean(),
});
export type EventAttendance = z.infer<typeof eventAttendanceSchema>;

/** Body of `POST …/events/:eventId/message`: the organisers write to everyone registered or waiting. */
export const messageRegistrantsSchema = z.object({
  subject: singleLineTextSchema.check(
    z.trim(),
    z.minLength(3, { message: 'L’objet fait au moins 3 caractères.' }),
    z.maxLength(150, { message: 'L’objet fait au plus 150 caractères.' }),
  ),
  body: multiLineTextSchema.check(
    z.trim(),
    z.minLength(3, { message: 'Écrivez votre message.' }),
    z.maxLength(5000, { message: 'Le message fait au plus 5 000 caractères.' }),
  ),
});
export type MessageRegistrants = z.infer<typeof messageRegistrantsSchema>;

/** Answer of a message to registrants: how many people it goes to. */
export const registrantsMessageSentSchema = z.object({ recipients: z.number().check(z.int()) });
export type RegistrantsMessageSent = z.infer<typeof registrantsMessageSentSchema>;
