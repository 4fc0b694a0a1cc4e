import { z } from 'zod/mini';
import { bookingSchema, slotSchema } from './bookings';
import { isoDateSchema } from './common';
import { addDaysToIsoDate, daysBetweenIsoDates, isoWeekday } from './site-time';

/** At most this many days between the first and last date of a series (about six months). */
export const maxSeriesSpanDays = 183;
/** At most this many dates in one series. */
export const maxSeriesDates = 100;

export const isoWeekdayLabels: Record<number, string> = {
  1: 'Lundi',
  2: 'Mardi',
  3: 'Mercredi',
  4: 'Jeudi',
  5: 'Vendredi',
  6: 'Samedi',
  7: 'Dimanche',
};

/** The calendar dates from `from` to `until` (inclusive) falling on one of `weekdays` (ISO, 1 = Monday). */
export function listSeriesDates(from: string, until: string, weekdays: number[]): string[] {
  const dates: string[] = [];
  const wanted = new Set(weekdays);
  const span = daysBetweenIsoDates(from, until);
  for (let offset = 0; offset <= span; offset += 1) {
    const day = addDaysToIsoDate(from, offset);
    if (wanted.has(isoWeekday(day))) dates.push(day);
  }
  return dates;
}

export const createBookingSeriesSchema = z
  .object({
    siteId: z.uuid({ message: 'Identifiant de site invalide.' }),
    deskId: z.uuid({ message: 'Identifiant de poste invalide.' }),
    slot: slotSchema,
    weekdays: z
      .array(
        z
          .number({ message: 'Un jour de la semaine est un nombre de 1 (lundi) à 7 (dimanche).' })
          .check(
            z.int(),
            z.gte(1, {
              message: 'Un jour de la semaine est un nombre de 1 (lundi) à 7 (dimanche).',
            }),
            z.lte(7, {
              message: 'Un jour de la semaine est un nombre de 1 (lundi) à 7 (dimanche).',
            }),
          ),
      )
      .check(
        z.minLength(1, { message: 'Choisissez au moins un jour de la semaine.' }),
        z.refine((weekdays) => new Set(weekdays).size === weekdays.length, {
          message: 'Chaque jour de la semaine ne peut être choisi qu’une fois.',
        }),
      ),
    from: isoDateSchema,
    until: isoDateSchema,
  })
  .check(
    z.refine((input) => input.until >= input.from, {
      message: 'La date de fin doit être postérieure ou égale à la date de début.',
      path: ['until'],
    }),
    z.refine(
      (input) =>
        input.until < input.from ||
        daysBetweenIsoDates(input.from, input.until) <= maxSeriesSpanDays,
      {
        message: 'Une série couvre au plus six mois : rapprochez la date de fin.',
        path: ['until'],
      },
    ),
    z.refine(
      (input) =>
        input.until < input.from ||
        daysBetweenIsoDates(input.from, input.until) > maxSeriesSpanDays ||
        listSeriesDates(input.from, input.until, input.weekdays).length > 0,
      {
        message: 'Aucune date de cette période ne tombe un des jours choisis.',
        path: ['weekdays'],
      },
    ),
    z.refine(
      (input) =>
        input.until < input.from ||
        daysBetweenIsoDates(input.from, input.until) > maxSeriesSpanDays ||
        listSeriesDates(input.from, input.until, input.weekdays).length <= maxSeriesDates,
      { message: `Une série compte au plus ${maxSeriesDates} dates.`, path: ['until'] },
    ),
  );
export type CreateBookingSeries = z.infer<typeof createBookingSeriesSchema>;

export const bookingSeriesResultSchema = z.object({
  seriesId: z.uuid(),
  booked: z.array(z.object({ date: isoDateSchema, booking: bookingSchema })),
  refused: z.array(z.object({ date: isoDateSchema, reason: z.string() })),
});
export type BookingSeriesResult = z.infer<typeof bookingSeriesResultSchema>;

export const cancelledBookingSeriesSchema = z.object({
  seriesId: z.uuid(),
  cancelled: z.array(bookingSchema),
  /** Occurrences that could not be cancelled (a site's cancellation deadline), with why. */
  kept: z.array(z.object({ booking: bookingSchema, reason: z.string() })),
});
export type CancelledBookingSeries = z.infer<typeof cancelledBookingSeriesSchema>;
