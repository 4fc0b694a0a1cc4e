import { z } from 'zod';
import { singleLineTextSchema } from './common';

/** What a site lets people book: half days, full days, and whole hours when the host enables it. */
export const slotTypeSchema = z.enum(['half_day', 'full_day', 'hourly'], {
  message: 'Type de créneau inconnu (half_day, full_day ou hourly).',
});
export type SlotType = z.infer<typeof slotTypeSchema>;

export const slotTypeLabels: Record<SlotType, string> = {
  half_day: 'Demi-journée',
  full_day: 'Journée entière',
  hourly: "À l'heure",
};

/** Each site's booking rules, edited by its hosts; every refusal names the rule it applies. */
export const siteRulesSchema = z.object({
  /** How many days ahead (site calendar) one may book. */
  maxDaysAhead: z
    .number({ message: 'Indiquez un nombre de jours.' })
    .int({ message: 'Indiquez un nombre entier de jours.' })
    .min(0, { message: 'Le nombre de jours ne peut pas être négatif.' })
    .max(365, { message: 'On ne peut pas ouvrir les réservations à plus de 365 jours.' }),
  /** Active bookings per person per ISO week (site calendar) on this site; null = unlimited. */
  maxBookingsPerWeek: z
    .number({ message: 'Indiquez un nombre de réservations.' })
    .int({ message: 'Indiquez un nombre entier de réservations.' })
    .min(1, { message: 'Le maximum hebdomadaire est d’au moins 1 réservation.' })
    .max(50)
    .nullable(),
  allowedSlotTypes: z
    .array(slotTypeSchema)
    .min(1, { message: 'Proposez au moins un type de créneau.' })
    .refine((types) => new Set(types).size === types.length, {
      message: 'Chaque type de créneau ne peut figurer qu’une fois.',
    }),
  /**
   * Where hourly bookings are offered (meeting rooms, a quiet zone…): these zones only; empty =
   * every zone. Only used when `allowedSlotTypes` includes `hourly`.
   */
  hourlyZones: z
    .array(
      singleLineTextSchema
        .trim()
        .min(1, { message: 'Le nom de la zone est obligatoire.' })
        .max(80, { message: 'Le nom de la zone fait au plus 80 caractères.' }),
    )
    .max(50)
    .default([]),
  /** Minutes before the start after which a booking can no longer be cancelled; 0 = no limit. */
  cancellationDeadlineMinutes: z
    .number({ message: 'Indiquez un délai en minutes.' })
    .int({ message: 'Indiquez un délai entier en minutes.' })
    .min(0, { message: 'Le délai ne peut pas être négatif.' })
    .max(10_080, { message: 'Le délai d’annulation ne dépasse pas 7 jours.' }),
  /**
   * A booking nobody checked in this many minutes after its start is released (status
   * `absent`, desk free again, waiting list served); null = never released.
   */
  noShowReleaseMinutes: z
    .number({ message: 'Indiquez un délai en minutes.' })
    .int({ message: 'Indiquez un délai entier en minutes.' })
    .min(5, { message: 'Le délai de libération est d’au moins 5 minutes.' })
    .max(240, { message: 'Le délai de libération ne dépasse pas 4 heures.' })
    .nullable()
    // Clients written before this rule existed keep working: omitted means the default.
    .default(30),
});
export type SiteRules = z.infer<typeof siteRulesSchema>;

export const defaultSiteRules: SiteRules = {
  maxDaysAhead: 30,
  maxBookingsPerWeek: null,
  allowedSlotTypes: ['half_day', 'full_day'],
  hourlyZones: [],
  cancellationDeadlineMinutes: 0,
  noShowReleaseMinutes: 30,
};

/** « 2 jours », « 2 h », « 1 h 30 », « 45 min »: how a deadline reads in a sentence. */
export function formatMinutes(minutes: number): string {
  if (minutes >= 1440 && minutes % 1440 === 0) {
    const days = minutes / 1440;
    return `${days} jour${days > 1 ? 's' : ''}`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}
