import { z } from 'zod/mini';
// The French locale alone: `z.locales` would bring every language into the web bundles.
import { fr } from 'zod/locales';

const frenchMessages = fr();
/**
 * Zod's own messages (a field missing, of the wrong type, too long…) in French, wherever the
 * shared schemas run: the API's answers and the web and kiosk forms read them.
 */
z.config({
  localeError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined
      ? 'Ce champ est obligatoire.'
      : frenchMessages.localeError(issue),
});

export const idSchema = z.uuid({ message: 'Identifiant invalide.' });

/** Control characters are refused in every text a person sends (PostgreSQL refuses NUL). */
const anyControlCharacter = /\p{Cc}/u;
/** Multi-line text keeps tabs and line breaks, nothing else below U+0020. */
const controlCharacterOtherThanLineBreaks = /[^\P{Cc}\t\n\r]/u;
export const controlCharacterMessage = 'Ce texte contient un caractère de contrôle non autorisé.';

/** One line of text: no control character at all (no tab, no line break). */
export const singleLineTextSchema = z
  .string()
  .check(
    z.refine((value) => !anyControlCharacter.test(value), { message: controlCharacterMessage }),
  );

/** A text of several lines (description, access information): tabs and line breaks allowed. */
export const multiLineTextSchema = z.string().check(
  z.refine((value) => !controlCharacterOtherThanLineBreaks.test(value), {
    message: controlCharacterMessage,
  }),
);

/** Whether a text holds a control character a form may not send (line breaks allowed or not). */
export function hasControlCharacter(value: string, { allowLineBreaks = false } = {}): boolean {
  return (allowLineBreaks ? controlCharacterOtherThanLineBreaks : anyControlCharacter).test(value);
}

/** The calendar AdmZ works in: a booking tool has nothing to say about other centuries. */
export const firstCalendarYear = 2000;
export const lastCalendarYear = 2100;

/** A calendar day, as the site sees it: `YYYY-MM-DD`, between 2000 and 2100. */
export const isoDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'La date doit être au format AAAA-MM-JJ.' }),
  z.refine((value) => isRealDate(value), { message: "Cette date n'existe pas." }),
  z.refine(
    (value) => {
      const year = Number(value.slice(0, 4));
      return year >= firstCalendarYear && year <= lastCalendarYear;
    },
    { message: `La date doit être comprise entre ${firstCalendarYear} et ${lastCalendarYear}.` },
  ),
);

/** An instant with its offset (ISO 8601), within the same calendar as `isoDateSchema`. */
export const isoInstantSchema = z.iso.datetime({ offset: true }).check(
  z.refine(
    (value) => {
      const year = new Date(value).getUTCFullYear();
      return year >= firstCalendarYear && year <= lastCalendarYear;
    },
    { message: `La date doit être comprise entre ${firstCalendarYear} et ${lastCalendarYear}.` },
  ),
);

/** A wall-clock time in the site's timezone: `HH:MM`. */
export const localTimeSchema = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "L'heure doit être au format HH:MM." }));

export const timezoneSchema = z.string().check(
  z.refine((value) => isKnownTimezone(value), {
    message: 'Fuseau horaire inconnu : choisissez-le dans la liste (exemple : Europe/Paris).',
  }),
);

export const errorResponseSchema = z.object({
  statusCode: z.number().check(z.int()),
  error: z.string(),
  message: z.string(),
  issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** Year, month (1–12) and day of a `YYYY-MM-DD` day; a missing part is NaN, so no real date. */
export function splitIsoDate(isoDate: string): [year: number, month: number, day: number] {
  const [year = NaN, month = NaN, day = NaN] = isoDate.split('-').map(Number);
  return [year, month, day];
}

export function isRealDate(value: string): boolean {
  const [year, month, day] = splitIsoDate(value);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Every IANA timezone this runtime knows (`Intl.supportedValuesOf`), sorted: the list a site's
 * timezone is chosen from. Browsers and Node may spell a renamed zone differently
 * (Europe/Kyiv, Europe/Kiev): `isKnownTimezone` accepts either.
 */
export const ianaTimezones: readonly string[] = [...Intl.supportedValuesOf('timeZone')].sort();
const ianaTimezoneSet = new Set(ianaTimezones);

export function isKnownTimezone(value: string): boolean {
  if (ianaTimezoneSet.has(value)) return true;
  try {
    const resolved = new Intl.DateTimeFormat('en-GB', { timeZone: value }).resolvedOptions()
      .timeZone;
    return value.includes('/') && ianaTimezoneSet.has(resolved);
  } catch {
    return false;
  }
}

/**
 * Text as a search or a match compares it: trimmed, lower case, without accents (« Données » →
 * « donnees »). The database folds the same way (`archive_search_fold`).
 */
export function foldText(text: string): string {
  return text
    .trim()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/**
 * A count with its noun in French: « 1 poste », « 0 poste », « 3 postes » (0 and 1 are
 * singular in French). `plural` for the irregular ones (« 2 demi-journées » is regular).
 */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${Math.abs(count) < 2 ? singular : plural}`;
}
