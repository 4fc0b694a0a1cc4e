import { z } from 'zod/mini';
import { foldText, singleLineTextSchema } from './common';
import { addDaysToIsoDate } from './site-time';

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

const maxDaysAheadSchema = z
  .number({ message: 'Indiquez un nombre de jours.' })
  .check(
    z.int({ message: 'Indiquez un nombre entier de jours.' }),
    z.gte(0, { message: 'Le nombre de jours ne peut pas être négatif.' }),
    z.lte(365, { message: 'On ne peut pas ouvrir les réservations à plus de 365 jours.' }),
  );

const maxBookingsPerWeekSchema = z.nullable(
  z
    .number({ message: 'Indiquez un nombre de réservations.' })
    .check(
      z.int({ message: 'Indiquez un nombre entier de réservations.' }),
      z.gte(1, { message: 'Le maximum hebdomadaire est d’au moins 1 réservation.' }),
      z.lte(50),
    ),
);

/**
 * Who a population is, read from the ProConnect claims kept on the person's account: a word of
 * their organisation's label (« DREETS », « préfecture »; case and accents ignored), or the
 * SIREN of their administration (the first 9 digits of their SIRET). Either one is enough.
 */
export const populationMatchSchema = z
  .object({
    organisationWords: z._default(
      z
        .array(
          singleLineTextSchema.check(
            z.trim(),
            z.minLength(2, { message: 'Un mot de l’organisation fait au moins 2 caractères.' }),
            z.maxLength(80, { message: 'Un mot de l’organisation fait au plus 80 caractères.' }),
          ),
        )
        .check(z.maxLength(20, { message: 'Au plus 20 mots par population.' })),
      [],
    ),
    sirens: z._default(
      z
        .array(
          z.string().check(z.regex(/^\d{9}$/, { message: 'Un SIREN fait exactement 9 chiffres.' })),
        )
        .check(z.maxLength(50, { message: 'Au plus 50 SIREN par population.' })),
      [],
    ),
  })
  .check(
    z.refine((match) => match.organisationWords.length + match.sirens.length > 0, {
      message: 'Décrivez la population : au moins un mot de l’organisation ou un SIREN.',
    }),
  );
export type PopulationMatch = z.infer<typeof populationMatchSchema>;

/**
 * A site's rules for one population (issue 11, point 4): the agents of regional services may book
 * further ahead, for example. Its values replace the site's for the people it matches.
 */
export const populationRuleSchema = z.object({
  label: singleLineTextSchema.check(
    z.trim(),
    z.minLength(1, { message: 'Nommez la population (par exemple « Services déconcentrés »).' }),
    z.maxLength(80, { message: 'Le nom de la population fait au plus 80 caractères.' }),
  ),
  match: populationMatchSchema,
  maxDaysAhead: maxDaysAheadSchema,
  maxBookingsPerWeek: maxBookingsPerWeekSchema,
});
export type PopulationRule = z.infer<typeof populationRuleSchema>;

/** Each site's booking rules, edited by its hosts; every refusal names the rule it applies. */
export const siteRulesSchema = z.object({
  /** How many days ahead (site calendar) one may book. */
  maxDaysAhead: maxDaysAheadSchema,
  /** Active bookings per person per ISO week (site calendar) on this site; null = unlimited. */
  maxBookingsPerWeek: maxBookingsPerWeekSchema,
  allowedSlotTypes: z.array(slotTypeSchema).check(
    z.minLength(1, { message: 'Proposez au moins un type de créneau.' }),
    z.refine((types) => new Set(types).size === types.length, {
      message: 'Chaque type de créneau ne peut figurer qu’une fois.',
    }),
  ),
  /**
   * Where hourly bookings are offered (meeting rooms, a quiet zone…): these zones only; empty =
   * every zone. Only used when `allowedSlotTypes` includes `hourly`.
   */
  hourlyZones: z._default(
    z
      .array(
        singleLineTextSchema.check(
          z.trim(),
          z.minLength(1, { message: 'Le nom de la zone est obligatoire.' }),
          z.maxLength(80, { message: 'Le nom de la zone fait au plus 80 caractères.' }),
        ),
      )
      .check(z.maxLength(50)),
    [],
  ),
  /** Minutes before the start after which a booking can no longer be cancelled; 0 = no limit. */
  cancellationDeadlineMinutes: z
    .number({ message: 'Indiquez un délai en minutes.' })
    .check(
      z.int({ message: 'Indiquez un délai entier en minutes.' }),
      z.gte(0, { message: 'Le délai ne peut pas être négatif.' }),
      z.lte(10_080, { message: 'Le délai d’annulation ne dépasse pas 7 jours.' }),
    ),
  /**
   * A booking nobody checked in this many minutes after its start is released (status
   * `absent`, desk free again, waiting list served); null = never released.
   */
  noShowReleaseMinutes: z._default(
    z.nullable(
      z
        .number({ message: 'Indiquez un délai en minutes.' })
        .check(
          z.int({ message: 'Indiquez un délai entier en minutes.' }),
          z.gte(5, { message: 'Le délai de libération est d’au moins 5 minutes.' }),
          z.lte(240, { message: 'Le délai de libération ne dépasse pas 4 heures.' }),
        ),
    ),
    30,
  ),
  /**
   * Rules of their own for populations read from the ProConnect claims, checked in order: the
   * first that matches a person replaces the site's horizon and weekly maximum for them.
   */
  populationRules: z._default(
    z
      .array(populationRuleSchema)
      .check(z.maxLength(10, { message: 'Au plus 10 populations par site.' })),
    [],
  ),
});
export type SiteRules = z.infer<typeof siteRulesSchema>;

export const defaultSiteRules: SiteRules = {
  maxDaysAhead: 30,
  maxBookingsPerWeek: null,
  allowedSlotTypes: ['half_day', 'full_day'],
  hourlyZones: [],
  cancellationDeadlineMinutes: 0,
  noShowReleaseMinutes: 30,
  populationRules: [],
};

/** What the population rules read of a person: the claims kept on their account. */
export type PopulationPerson = { siret: string | null; organizationLabel: string | null };

/** The first population rule of the site that matches the person; null when none does. */
export function findPopulationRule(
  rules: Pick<SiteRules, 'populationRules'>,
  person: PopulationPerson,
): PopulationRule | null {
  const organisation = foldText(person.organizationLabel ?? '');
  const siren = person.siret?.slice(0, 9) ?? null;
  return (
    rules.populationRules.find(
      ({ match }) =>
        (siren !== null && match.sirens.includes(siren)) ||
        match.organisationWords.some((word) => {
          const folded = foldText(word);
          return folded.length > 0 && organisation.includes(folded);
        }),
    ) ?? null
  );
}

/** The site's rules as they apply to one person: their population's horizon and weekly maximum. */
export function rulesForPerson(rules: SiteRules, person: PopulationPerson | null): SiteRules {
  const population = person ? findPopulationRule(rules, person) : null;
  if (!population) return rules;
  return {
    ...rules,
    maxDaysAhead: population.maxDaysAhead,
    maxBookingsPerWeek: population.maxBookingsPerWeek,
  };
}

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

/** The last day a person can book from `today`, the site's window being `maxDaysAhead` days. */
export function lastBookableDate(today: string, rules: Pick<SiteRules, 'maxDaysAhead'>): string {
  return addDaysToIsoDate(today, rules.maxDaysAhead);
}

/** The day `date` opens to bookings: `maxDaysAhead` days before it. */
export function bookingOpensOn(date: string, rules: Pick<SiteRules, 'maxDaysAhead'>): string {
  return addDaysToIsoDate(date, -rules.maxDaysAhead);
}

/** « on réserve au plus 30 jours à l'avance » (« 1 jour », « le jour même » for 0). */
export function describeBookingWindow(rules: Pick<SiteRules, 'maxDaysAhead'>): string {
  if (rules.maxDaysAhead === 0) return 'on ne réserve que pour le jour même';
  return `on réserve au plus ${rules.maxDaysAhead} jour${rules.maxDaysAhead > 1 ? 's' : ''} à l’avance`;
}
