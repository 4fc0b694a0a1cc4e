import { z } from 'zod/mini';
import { isoDateSchema, localTimeSchema, singleLineTextSchema } from './common';

/** A meeting room, or a large table of an open space, booked by the hour for a group. */
export const roomKinds = ['room', 'table'] as const;
export const roomKindSchema = z.enum(roomKinds, {
  message: 'Le type est « room » (salle) ou « table » (grande table).',
});
export type RoomKind = z.infer<typeof roomKindSchema>;

export const roomKindLabels: Record<RoomKind, string> = {
  room: 'Salle',
  table: 'Grande table',
};

/** What a room offers (the same list as the CHECK of the `rooms` table). */
export const roomEquipments = ['screen', 'visio', 'whiteboard', 'projector', 'step_free'] as const;
export const roomEquipmentSchema = z.enum(roomEquipments, { message: 'Équipement inconnu.' });
export type RoomEquipment = z.infer<typeof roomEquipmentSchema>;

export const roomEquipmentLabels: Record<RoomEquipment, string> = {
  screen: 'Écran',
  visio: 'Visioconférence',
  whiteboard: 'Tableau blanc',
  projector: 'Vidéoprojecteur',
  step_free: 'Accès de plain-pied',
};

export const minRoomCapacity = 2;
export const maxRoomCapacity = 200;
/** Room bookings start and end on a quarter hour. */
export const roomBookingStepMinutes = 15;
/** The shortest room booking. */
export const minRoomBookingMinutes = 30;

/** Defaults of a site's room rules (a site without its own rules follows them). */
export const defaultRoomRules = {
  maxDurationMinutes: 240,
  maxDaysAhead: 30,
  maxUpcomingPerPerson: 3,
} as const;

/** A site's rules for its rooms, set by its hosts (`PUT /api/sites/:siteId/rooms/rules`). */
export const roomRulesSchema = z.object({
  maxDurationMinutes: z.number({ message: 'Indiquez une durée en minutes.' }).check(
    z.int({ message: 'Indiquez une durée entière en minutes.' }),
    z.gte(minRoomBookingMinutes, {
      message: `Une réservation de salle dure au moins ${minRoomBookingMinutes} minutes.`,
    }),
    z.lte(1440, { message: 'Une réservation de salle dure au plus 24 heures.' }),
    z.refine((minutes) => minutes % roomBookingStepMinutes === 0, {
      message: `La durée maximale se compte en quarts d'heure (un multiple de ${roomBookingStepMinutes} minutes).`,
    }),
  ),
  maxDaysAhead: z
    .number({ message: 'Indiquez un nombre de jours.' })
    .check(
      z.int({ message: 'Indiquez un nombre entier de jours.' }),
      z.gte(0, { message: 'Le nombre de jours ne peut pas être négatif.' }),
      z.lte(365, { message: 'On ne peut pas ouvrir les salles à plus de 365 jours.' }),
    ),
  maxUpcomingPerPerson: z
    .number({ message: 'Indiquez un nombre de réservations.' })
    .check(
      z.int({ message: 'Indiquez un nombre entier de réservations.' }),
      z.gte(1, { message: 'Au moins une réservation de salle à venir par personne.' }),
      z.lte(50, { message: 'Au plus 50 réservations de salle à venir par personne.' }),
    ),
});
export type RoomRules = z.infer<typeof roomRulesSchema>;

const roomNameSchema = singleLineTextSchema.check(
  z.trim(),
  z.minLength(2, { message: 'Le nom de la salle fait au moins 2 caractères.' }),
  z.maxLength(80, { message: 'Le nom de la salle fait au plus 80 caractères.' }),
);

const capacitySchema = z
  .number({ message: 'La capacité est un nombre entier de personnes.' })
  .check(
    z.int({ message: 'La capacité est un nombre entier de personnes.' }),
    z.gte(minRoomCapacity, { message: `La capacité est d'au moins ${minRoomCapacity} personnes.` }),
    z.lte(maxRoomCapacity, { message: `La capacité est d'au plus ${maxRoomCapacity} personnes.` }),
  );

const equipmentSchema = z.array(roomEquipmentSchema).check(
  z.maxLength(roomEquipments.length),
  z.refine((items) => new Set(items).size === items.length, {
    message: 'Un même équipement est indiqué deux fois.',
  }),
);

/** Body of `POST /api/sites/:siteId/rooms` (hosts). */
export const createRoomSchema = z.object({
  name: roomNameSchema,
  kind: roomKindSchema,
  capacity: capacitySchema,
  equipment: z._default(equipmentSchema, []),
});
export type CreateRoom = z.infer<typeof createRoomSchema>;
export type CreateRoomInput = z.input<typeof createRoomSchema>;

/** Body of `PATCH /api/sites/:siteId/rooms/:roomId` (hosts): what changes. */
export const updateRoomSchema = z.partial(
  z.object({
    name: roomNameSchema,
    kind: roomKindSchema,
    capacity: capacitySchema,
    equipment: equipmentSchema,
    isActive: z.boolean({ message: 'isActive vaut true ou false.' }),
  }),
);
export type UpdateRoom = z.infer<typeof updateRoomSchema>;

export const roomSchema = z.object({
  id: z.uuid(),
  siteId: z.uuid(),
  name: z.string(),
  kind: roomKindSchema,
  capacity: z.number().check(z.int()),
  equipment: z.array(roomEquipmentSchema),
  /** A room taken out of booking keeps its past bookings; agents no longer see it. */
  isActive: z.boolean(),
});
export type Room = z.infer<typeof roomSchema>;

const attendeeEmailSchema = z
  .email({ message: 'Une adresse électronique de la liste est invalide.' })
  .check(
    z.trim(),
    z.toLowerCase(),
    z.maxLength(254, { message: 'Une adresse électronique fait au plus 254 caractères.' }),
  );

/** Body of `POST /api/rooms/bookings`: a room for a group, site-local times of one day. */
export const createRoomBookingSchema = z
  .object({
    roomId: z.uuid({ message: 'Choisissez une salle.' }),
    date: isoDateSchema,
    startTime: localTimeSchema,
    endTime: localTimeSchema,
    title: singleLineTextSchema.check(
      z.trim(),
      z.minLength(3, { message: "L'objet de la réunion fait au moins 3 caractères." }),
      z.maxLength(120, { message: "L'objet de la réunion fait au plus 120 caractères." }),
    ),
    headcount: z.number({ message: 'Le nombre de personnes est un nombre entier.' }).check(
      z.int({ message: 'Le nombre de personnes est un nombre entier.' }),
      z.gte(1, { message: 'Le nombre de personnes est au moins 1.' }),
      z.lte(maxRoomCapacity, {
        message: `Le nombre de personnes est au plus ${maxRoomCapacity}.`,
      }),
    ),
    /** The people named (colleagues or guests): each gets the invitation by mail. */
    attendeeEmails: z._default(
      z
        .array(attendeeEmailSchema)
        .check(z.maxLength(maxRoomCapacity - 1, { message: 'Trop de personnes invitées.' })),
      [],
    ),
  })
  .check(
    z.refine((value) => value.endTime > value.startTime, {
      message: "L'heure de fin doit être après l'heure de début.",
      path: ['endTime'],
    }),
    z.refine(
      (value) =>
        [value.startTime, value.endTime].every(
          (time) => Number(time.slice(3, 5)) % roomBookingStepMinutes === 0,
        ),
      {
        message: 'Une salle se réserve au quart d’heure : choisissez 00, 15, 30 ou 45 minutes.',
        path: ['startTime'],
      },
    ),
    z.refine((value) => new Set(value.attendeeEmails).size === value.attendeeEmails.length, {
      message: 'Une même adresse est indiquée deux fois.',
      path: ['attendeeEmails'],
    }),
    z.refine((value) => value.attendeeEmails.length <= Math.max(0, value.headcount - 1), {
      message:
        'Vous avez nommé plus de personnes que le nombre indiqué : augmentez le nombre de personnes.',
      path: ['attendeeEmails'],
    }),
  );
export type CreateRoomBooking = z.infer<typeof createRoomBookingSchema>;
export type CreateRoomBookingInput = z.input<typeof createRoomBookingSchema>;

export const roomBookingStatusSchema = z.enum(['confirmed', 'cancelled']);
export type RoomBookingStatus = z.infer<typeof roomBookingStatusSchema>;

export const roomBookingSchema = z.object({
  id: z.uuid(),
  room: z.object({ id: z.uuid(), name: z.string(), kind: roomKindSchema }),
  siteId: z.uuid(),
  siteName: z.string(),
  timezone: z.string(),
  date: isoDateSchema,
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  title: z.string(),
  headcount: z.number().check(z.int()),
  status: roomBookingStatusSchema,
  /** Who booked it (null once they deleted their account). */
  bookedBy: z.nullable(z.object({ givenName: z.string(), usualName: z.string() })),
  /** The people named. */
  attendeeEmails: z.array(z.string()),
  /** Whether the caller booked it (they may cancel it); else they are named in it. */
  isMine: z.boolean(),
});
export type RoomBooking = z.infer<typeof roomBookingSchema>;

/** One busy interval of a room on a day (site-local), without who holds it. */
export const roomBusyIntervalSchema = z.object({
  startTime: localTimeSchema,
  endTime: localTimeSchema,
  /** A group's booking, or an event's hold. */
  kind: z.enum(['booking', 'event']),
});
export type RoomBusyInterval = z.infer<typeof roomBusyIntervalSchema>;

/** `GET /api/sites/:siteId/rooms/availability?date=`: each active room and its busy intervals. */
export const roomDayAvailabilitySchema = z.object({
  siteId: z.uuid(),
  date: isoDateSchema,
  timezone: z.string(),
  /** Null when the site is closed that day (`closedReason` says why). */
  hours: z.nullable(z.object({ opensAt: localTimeSchema, closesAt: localTimeSchema })),
  closedReason: z.nullable(z.string()),
  rules: roomRulesSchema,
  rooms: z.array(z.extend(roomSchema, { busy: z.array(roomBusyIntervalSchema) })),
});
export type RoomDayAvailability = z.infer<typeof roomDayAvailabilitySchema>;

/** Query of the availability route. */
export const roomAvailabilityQuerySchema = z.object({ date: isoDateSchema });
export type RoomAvailabilityQuery = z.infer<typeof roomAvailabilityQuerySchema>;

/** The free periods of [opensAt, closesAt) around the busy intervals (all `HH:MM`, sorted). */
export function freeRoomPeriods(
  hours: { opensAt: string; closesAt: string },
  busy: readonly { startTime: string; endTime: string }[],
): { startTime: string; endTime: string }[] {
  const sorted = [...busy].sort((a, b) => a.startTime.localeCompare(b.startTime));
  const free: { startTime: string; endTime: string }[] = [];
  let cursor = hours.opensAt;
  for (const interval of sorted) {
    if (interval.startTime > cursor) {
      free.push({
        startTime: cursor,
        endTime: interval.startTime < hours.closesAt ? interval.startTime : hours.closesAt,
      });
    }
    if (interval.endTime > cursor) cursor = interval.endTime;
    if (cursor >= hours.closesAt) break;
  }
  if (cursor < hours.closesAt) free.push({ startTime: cursor, endTime: hours.closesAt });
  return free.filter((period) => period.startTime < period.endTime);
}
