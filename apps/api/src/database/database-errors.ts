import {
  BadRequestException,
  ConflictException,
  HttpException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';

type DatabaseFailure = { status: number; message: string };

/** What a service knows of the request, so the sentence can name it. */
export type ConstraintDetails = {
  /** The desk asked for. */
  deskLabel?: string;
  /** The person's own booking in the way. */
  heldDesk?: { label: string; siteName: string };
  /** The room asked for (a group booking, or an event's hold). */
  roomName?: string;
};

/** The constraints of the migrations a request can meet: a misspelt name does not compile. */
export type ConstraintName =
  | 'bookings_no_desk_overlap'
  | 'bookings_no_person_overlap'
  | 'bookings_check'
  | 'bookings_desk_of_site'
  | 'bookings_short_code_key'
  | 'desks_label_unique'
  | 'desks_zone_of_site'
  | 'zones_site_name_unique'
  | 'sites_slug_key'
  | 'sites_dates_of_kind'
  | 'opening_hours_no_overlap'
  | 'waitlist_entries_one_waiting'
  | 'bookings_zone_held_by_event'
  | 'events_no_space_overlap'
  | 'events_zone_id_fkey'
  | 'events_ends_after_start'
  | 'event_registrations_one_active'
  | 'room_bookings_no_overlap'
  | 'rooms_site_name_unique'
  | 'events_room_id_fkey'
  | 'guest_invitations_one_per_day';

/** The one sentence of each constraint, where the person reads it. */
const constraintSentences: Record<
  ConstraintName,
  { status: number; sentence: (details: ConstraintDetails) => string }
> = {
  bookings_no_desk_overlap: {
    status: 409,
    sentence: ({ deskLabel }) =>
      deskLabel
        ? `Le poste ${deskLabel} est déjà réservé sur ce créneau.`
        : 'Ce poste est déjà réservé sur ce créneau.',
  },
  bookings_no_person_overlap: {
    status: 409,
    sentence: ({ heldDesk }) =>
      heldDesk
        ? `Vous avez déjà un poste sur ce créneau : ${heldDesk.label} (${heldDesk.siteName}).`
        : 'Vous avez déjà un poste réservé sur ce créneau.',
  },
  bookings_check: {
    status: 422,
    sentence: () => 'Ce créneau est vide : son début et sa fin tombent au même instant.',
  },
  bookings_desk_of_site: { status: 422, sentence: () => "Ce poste n'appartient pas à ce site." },
  bookings_short_code_key: {
    status: 409,
    sentence: () => 'Deux réservations ont reçu le même code : réessayez.',
  },
  desks_label_unique: {
    status: 409,
    sentence: () => 'Un poste porte déjà ce libellé sur ce site.',
  },
  desks_zone_of_site: {
    status: 409,
    sentence: () => 'Des postes sont encore dans cette zone : déplacez-les avant de la supprimer.',
  },
  zones_site_name_unique: {
    status: 409,
    sentence: () => 'Une zone porte déjà ce nom sur ce site.',
  },
  sites_slug_key: { status: 409, sentence: () => 'Un site utilise déjà cet identifiant court.' },
  sites_dates_of_kind: {
    status: 422,
    sentence: () =>
      "Un site temporaire indique son premier et son dernier jour, dans l'ordre ; un site permanent n'en a pas.",
  },
  opening_hours_no_overlap: {
    status: 422,
    sentence: () => "Deux plages d'ouverture d'un même jour se chevauchent.",
  },
  bookings_zone_held_by_event: {
    status: 409,
    sentence: ({ deskLabel }) =>
      `${deskLabel ? `Le poste ${deskLabel}` : 'Ce poste'} est dans une zone réservée pour un événement sur ce créneau : choisissez un poste d'une autre zone.`,
  },
  events_no_space_overlap: {
    status: 409,
    sentence: () =>
      'Un autre événement validé occupe déjà cette zone sur ce créneau : choisissez un autre horaire ou une autre zone.',
  },
  events_zone_id_fkey: {
    status: 409,
    sentence: () =>
      'Des événements utilisent cette zone : elle ne peut pas être supprimée tant qu’ils existent.',
  },
  events_ends_after_start: {
    status: 422,
    sentence: () => "L'événement doit finir après son début.",
  },
  event_registrations_one_active: {
    status: 409,
    sentence: () => 'Vous êtes déjà inscrit à cet événement.',
  },
  room_bookings_no_overlap: {
    status: 409,
    sentence: ({ roomName }) =>
      roomName
        ? `« ${roomName} » est déjà réservée sur ce créneau : choisissez un autre horaire ou une autre salle.`
        : 'Cette salle est déjà réservée sur ce créneau.',
  },
  rooms_site_name_unique: {
    status: 409,
    sentence: () => 'Une salle porte déjà ce nom sur ce site.',
  },
  events_room_id_fkey: {
    status: 409,
    sentence: () => 'Des événements utilisent cette salle : elle ne peut pas être supprimée.',
  },
  guest_invitations_one_per_day: {
    status: 409,
    sentence: () => 'Cette personne est déjà invitée sur ce site ce jour-là.',
  },
  waitlist_entries_one_waiting: {
    status: 409,
    sentence: () => "Vous êtes déjà sur la liste d'attente de ce créneau.",
  },
};

const isConstraintName = (name: string): name is ConstraintName =>
  Object.hasOwn(constraintSentences, name);

/** The named constraint a failed statement broke, if any. */
export function constraintOf(error: unknown): ConstraintName | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const constraint = (error.driverError as { constraint?: unknown }).constraint;
  return typeof constraint === 'string' && isConstraintName(constraint) ? constraint : undefined;
}

/** Translates the SQLSTATEs a request can cause into HTTP answers; anything else is a 500. */
export function translateDatabaseError(
  error: unknown,
  details: ConstraintDetails = {},
): DatabaseFailure | null {
  if (!(error instanceof QueryFailedError)) return null;
  const code = (error.driverError as { code?: unknown }).code;
  const constraint = constraintOf(error);
  if (constraint && typeof code === 'string' && code.startsWith('23')) {
    const { status, sentence } = constraintSentences[constraint];
    return { status, message: sentence(details) };
  }
  switch (code) {
    case '23P01':
      return { status: 409, message: 'Ce créneau chevauche une réservation existante.' };
    case '23505':
      return { status: 409, message: 'Cet élément existe déjà.' };
    case '23503':
      return { status: 422, message: "Cet élément fait référence à un élément qui n'existe pas." };
    case '23514':
      return { status: 422, message: 'Ces valeurs ne respectent pas une règle des données.' };
    default:
      // Class 22, data exceptions (a value out of range, malformed, a NUL byte): the request's fault.
      return typeof code === 'string' && code.startsWith('22')
        ? { status: 400, message: 'Une valeur envoyée est mal formée ou hors limites.' }
        : null;
  }
}

/** How long a client is told to wait when the database cannot serve (`Retry-After`, seconds). */
export const databaseUnavailableRetrySeconds = 5;

/**
 * The SQLSTATEs of a server that cannot serve now, whatever the request: out of connections
 * (53300: max_connections, or a role's or database's CONNECTION LIMIT), shutting down or starting
 * up (57P01–57P03), a connection that failed or was lost (class 08). A retry soon may succeed.
 */
const unavailableSqlState = /^(53300|57P0[123]|08[0-9A-Z]{3})$/;

export type DatabaseUnavailability = {
  /** The SQLSTATE, for the log. */
  code: string;
  /** What the server said, for the log; never sent to a client. */
  detail: string;
  message: string;
  retryAfterSeconds: number;
};

/**
 * A database that cannot serve now, as the pool's connect (a bare `DatabaseError`) or a query
 * (TypeORM's `QueryFailedError` around it) reports it; null for any other error. A pool checkout
 * timeout is not among them: the pool has none (`connectionTimeoutMillis`), a request waits.
 */
export function describeUnavailableDatabase(error: unknown): DatabaseUnavailability | null {
  const cause = error instanceof QueryFailedError ? error.driverError : error;
  if (!(cause instanceof DatabaseError) || !cause.code || !unavailableSqlState.test(cause.code)) {
    return null;
  }
  return {
    code: cause.code,
    detail: cause.message,
    message: 'Le service est momentanément indisponible : réessayez dans quelques secondes.',
    retryAfterSeconds: databaseUnavailableRetrySeconds,
  };
}

/** A constraint's sentence where the service finds the conflict itself, before the database. */
export function describeConstraint(name: ConstraintName, details: ConstraintDetails = {}): string {
  return constraintSentences[name].sentence(details);
}

const exceptionsByStatus: Record<number, new (message: string) => HttpException> = {
  400: BadRequestException,
  409: ConflictException,
  422: UnprocessableEntityException,
};

/** The answer for a database error a service explains with what it knows; null when not ours. */
export function toHttpException(
  error: unknown,
  details: ConstraintDetails = {},
): HttpException | null {
  const failure = translateDatabaseError(error, details);
  if (!failure) return null;
  const Exception = exceptionsByStatus[failure.status];
  return Exception
    ? new Exception(failure.message)
    : new HttpException(failure.message, failure.status);
}
