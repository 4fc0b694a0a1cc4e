import { QueryFailedError } from 'typeorm';

type DatabaseFailure = { status: number; message: string };

/** Constraint names from the migrations, with what a person should read when one holds. */
const constraintMessages: Record<string, DatabaseFailure> = {
  bookings_no_desk_overlap: { status: 409, message: 'Ce bureau est déjà réservé sur ce créneau.' },
  bookings_no_person_overlap: {
    status: 409,
    message: 'Vous avez déjà un bureau réservé sur ce créneau.',
  },
  desks_label_unique: { status: 409, message: 'Un bureau porte déjà ce libellé sur ce site.' },
  sites_slug_key: { status: 409, message: 'Un site utilise déjà cet identifiant court.' },
  bookings_check: {
    status: 422,
    message: 'Ce créneau est vide : son début et sa fin tombent au même instant.',
  },
  bookings_desk_of_site: { status: 422, message: "Ce bureau n'appartient pas à ce site." },
  opening_hours_no_overlap: {
    status: 422,
    message: "Deux plages d'ouverture d'un même jour se chevauchent.",
  },
};

/** Translates the SQLSTATEs a request can cause into HTTP answers; anything else is a 500. */
export function translateDatabaseError(error: unknown): DatabaseFailure | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string };
  const known = driverError.constraint ? constraintMessages[driverError.constraint] : undefined;
  switch (driverError.code) {
    case '23P01':
      return known ?? { status: 409, message: 'Ce créneau chevauche une réservation existante.' };
    case '23505':
      return known ?? { status: 409, message: 'Cet élément existe déjà.' };
    case '23503':
      return (
        known ?? {
          status: 422,
          message: "Cet élément fait référence à un élément qui n'existe pas.",
        }
      );
    case '23514':
      return (
        known ?? { status: 422, message: 'Ces valeurs ne respectent pas une règle des données.' }
      );
    default:
      // Class 22, data exceptions (a value out of range, malformed, a NUL byte): the request's fault.
      return driverError.code?.startsWith('22')
        ? { status: 400, message: 'Une valeur envoyée est mal formée ou hors limites.' }
        : null;
  }
}
