import { z } from 'zod/mini';
import { isoInstantSchema, singleLineTextSchema } from './common';

export const shortCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const shortCodeLength = 8;

/** Accepts "ab3d-ef7h", "AB3DEF7H"…; the kiosk and API normalise the same way. */
export function normalizeShortCode(value: string): string {
  return value.toUpperCase().replace(/[\s-]/g, '');
}

export const kioskSchema = z.object({
  id: z.uuid(),
  siteId: z.uuid(),
  name: z.string(),
  isRevoked: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  revokedAt: z.nullable(z.iso.datetime({ offset: true })),
  /** When a tablet last exchanged its pairing code for a credential; null = never paired. */
  pairedAt: z.nullable(z.iso.datetime({ offset: true })),
  /** A pairing code is waiting to be typed on a tablet until then; null = none pending. */
  pairingExpiresAt: z.nullable(z.iso.datetime({ offset: true })),
  lastSeenAt: z.nullable(z.iso.datetime({ offset: true })),
  /** The kiosk app version the tablet reported on its last call. */
  appVersion: z.nullable(z.string()),
  /** Whether a host set the code that unlocks the tablet's settings (the code is never sent back). */
  hasSettingsPin: z.boolean(),
});
export type Kiosk = z.infer<typeof kioskSchema>;

export const settingsPinMinLength = 4;
export const settingsPinMaxLength = 8;

/** The code a host types at the door to open a kiosk's settings: 4 to 8 digits. */
export const settingsPinSchema = z
  .string({ message: 'Le code des réglages est obligatoire.' })
  .check(
    z.regex(new RegExp(`^\\d{${settingsPinMinLength},${settingsPinMaxLength}}$`), {
      message: `Le code des réglages comporte de ${settingsPinMinLength} à ${settingsPinMaxLength} chiffres.`,
    }),
  );

export const createKioskSchema = z.object({
  name: singleLineTextSchema.check(
    z.trim(),
    z.minLength(1, { message: 'Le nom de la borne est obligatoire.' }),
    z.maxLength(80),
  ),
  /** The code that will unlock the tablet's settings; kept hashed. */
  settingsPin: z.optional(settingsPinSchema),
});
export type CreateKiosk = z.infer<typeof createKioskSchema>;

/** `PUT /api/sites/:siteId/kiosks/:kioskId/settings-pin`: a host sets or changes the code. */
export const setSettingsPinSchema = z.object({ settingsPin: settingsPinSchema });
export type SetSettingsPin = z.infer<typeof setSettingsPinSchema>;

/**
 * `POST /api/kiosk/settings-unlock` (kiosk credential): the code typed at the door. A wrong code
 * is a 403, the fifth wrong one in a row locks the settings for 5 minutes (429).
 */
export const settingsUnlockSchema = z.object({
  settingsPin: z
    .string({ message: 'Saisissez le code des réglages.' })
    .check(
      z.minLength(1, { message: 'Saisissez le code des réglages.' }),
      z.maxLength(settingsPinMaxLength, { message: 'Code des réglages incorrect.' }),
    ),
});
export type SettingsUnlock = z.infer<typeof settingsUnlockSchema>;

export const settingsUnlockResultSchema = z.object({ unlocked: z.literal(true) });
export type SettingsUnlockResult = z.infer<typeof settingsUnlockResultSchema>;

/** How long a pairing code may wait before being typed on the tablet. */
export const pairingCodeMinutes = 10;
export const pairingCodeLength = 8;

/**
 * Returned when a host creates a kiosk or asks for a new code: the one-time pairing code is
 * shown once (only its hash is stored) and expires after `pairingCodeMinutes`.
 */
export const kioskPairingSchema = z.object({
  kiosk: kioskSchema,
  pairingCode: z.string(),
  pairingExpiresAt: z.iso.datetime({ offset: true }),
});
export type KioskPairing = z.infer<typeof kioskPairingSchema>;

/** Body of `POST /api/kiosk/pair`, sent by the tablet (no credential yet). */
export const pairKioskSchema = z.object({
  pairingCode: z.pipe(
    z.pipe(
      z.string(),
      z.transform((value) => normalizeShortCode(value)),
    ),
    z.string().check(
      z.length(pairingCodeLength, {
        message: `Le code d’appairage comporte ${pairingCodeLength} caractères.`,
      }),
      z.regex(new RegExp(`^[${shortCodeAlphabet}]+$`), {
        message: 'Le code d’appairage contient des caractères non valides.',
      }),
    ),
  ),
  appVersion: z.optional(singleLineTextSchema.check(z.trim(), z.minLength(1), z.maxLength(40))),
});
export type PairKiosk = z.infer<typeof pairKioskSchema>;

/** The device credential, given once to the tablet that typed a valid pairing code. */
export const pairedKioskSchema = z.object({ credential: z.string(), kioskId: z.uuid() });
export type PairedKiosk = z.infer<typeof pairedKioskSchema>;

/** Live occupancy of a site: people checked in now / bookings running now / active desks. */
export const occupancySchema = z.object({
  present: z.number().check(z.int(), z.gte(0)),
  booked: z.number().check(z.int(), z.gte(0)),
  capacity: z.number().check(z.int(), z.gte(0)),
});
export type Occupancy = z.infer<typeof occupancySchema>;

/**
 * `GET /api/kiosk/me`: who this kiosk is, what its idle screen shows. Tablets call it every 30 s
 * (header `X-Kiosk-App-Version`): it is their heartbeat, and a revoked kiosk gets 401 there.
 */
export const kioskIdentitySchema = z.object({
  kioskId: z.uuid(),
  name: z.string(),
  site: z.object({ id: z.uuid(), name: z.string(), timezone: z.string() }),
  /** The message the site's hosts show on the idle screen ('' = none). */
  message: z.string(),
  occupancy: occupancySchema,
  /** The server's clock, so an offline kiosk checks token windows against corrected time. */
  serverTime: z.iso.datetime({ offset: true }),
});
export type KioskIdentity = z.infer<typeof kioskIdentitySchema>;

/**
 * Longest signed token accepted. A real one is about 430 characters (a booking's rotating code
 * with a short name, desk and zone); the longest names and labels stay under 1,400.
 */
export const maxSignedTokenLength = 4000;

/** Either the signed token read from the QR code, or the short code typed by hand. */
export const checkInRequestSchema = z
  .object({
    token: z.optional(
      z
        .string()
        .check(
          z.minLength(20, { message: 'QR code illisible.' }),
          z.maxLength(maxSignedTokenLength),
        ),
    ),
    shortCode: z.optional(
      z.pipe(
        z.pipe(z.string(), z.transform(normalizeShortCode)),
        z.string().check(
          z.length(shortCodeLength, { message: `Le code comporte ${shortCodeLength} caractères.` }),
          z.regex(new RegExp(`^[${shortCodeAlphabet}]+$`), {
            message: 'Le code contient des caractères non valides.',
          }),
        ),
      ),
    ),
  })
  .check(
    z.refine((value) => (value.token === undefined) !== (value.shortCode === undefined), {
      message: 'Scannez un QR code ou saisissez un code.',
    }),
  );
export type CheckInRequest = z.infer<typeof checkInRequestSchema>;

const personSchema = z.object({ givenName: z.string(), usualName: z.string() });

/** The desk a person is greeted with, and where it is: its zone and its spot on the zone's plan. */
export const greetingDeskSchema = z.object({
  label: z.string(),
  zone: z.string(),
  /** Fractions of the plan (0–1); null when the desk is not placed or the zone has no plan. */
  planPosition: z.nullable(z.object({ x: z.number(), y: z.number() })),
  /** `GET` it with the kiosk credential to draw the plan; null when the zone has no plan. */
  planUrl: z.nullable(z.string()),
});
export type GreetingDesk = z.infer<typeof greetingDeskSchema>;

const attendanceFields = {
  bookingId: z.uuid(),
  person: personSchema,
  desk: greetingDeskSchema,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  checkedInAt: z.iso.datetime({ offset: true }),
};

/** An event registrant at the door: no desk, the event they come to. */
const eventAttendanceFields = {
  registrationId: z.uuid(),
  person: personSchema,
  event: z.object({ id: z.uuid(), title: z.string(), zone: z.string() }),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  checkedInAt: z.iso.datetime({ offset: true }),
};

/** A guest at the door: invited by an agent for the day, no desk. */
const guestAttendanceFields = {
  invitationId: z.uuid(),
  person: personSchema,
  organisation: z.string(),
  /** « Camille Martin »: the agent who invited them (null once their account is gone). */
  invitedBy: z.nullable(z.string()),
  checkedInAt: z.iso.datetime({ offset: true }),
};

/**
 * What a scan answers (`POST /api/kiosk/check-ins`):
 * - `checked_in`: welcome;
 * - `already_checked_in`: the person is in; `checkOutToken` lets the kiosk offer « Je pars »;
 * - `walk_in`: a personal pass with no booking now: free desks for the rest of the half day or day;
 * - `event_checked_in` / `event_already_checked_in`: an event registration's pass or typed code;
 * - `guest_checked_in` / `guest_already_checked_in`: a guest's day pass or typed code.
 * Refusals are 4xx errors whose `message` is the sentence to show.
 */
export const checkInResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('checked_in'), ...attendanceFields }),
  z.object({
    outcome: z.literal('already_checked_in'),
    ...attendanceFields,
    /** Signed, short-lived (2 min), for this kiosk and booking: `POST /api/kiosk/check-outs`. */
    checkOutToken: z.string(),
  }),
  z.object({
    outcome: z.literal('walk_in'),
    person: personSchema,
    /** Signed, short-lived (2 min), for this kiosk and person: `POST /api/kiosk/walk-ins`. */
    offerToken: z.string(),
    options: z.array(
      z.object({
        slot: z.enum(['morning', 'afternoon', 'day']),
        /** From now (rounded down to the minute) to the end of the slot. */
        startsAt: z.iso.datetime({ offset: true }),
        endsAt: z.iso.datetime({ offset: true }),
        /** Site-local end, for « jusqu’à 13:00 ». */
        localEnd: z.string(),
        desks: z.array(z.object({ id: z.uuid(), label: z.string(), zone: z.string() })),
      }),
    ),
  }),
  z.object({ outcome: z.literal('event_checked_in'), ...eventAttendanceFields }),
  z.object({ outcome: z.literal('event_already_checked_in'), ...eventAttendanceFields }),
  z.object({ outcome: z.literal('guest_checked_in'), ...guestAttendanceFields }),
  z.object({ outcome: z.literal('guest_already_checked_in'), ...guestAttendanceFields }),
]);
export type CheckInResult = z.infer<typeof checkInResultSchema>;

export const checkOutRequestSchema = z.object({
  checkOutToken: z
    .string()
    .check(z.minLength(20, { message: 'Jeton de départ invalide.' }), z.maxLength(2000)),
});
export type CheckOutRequest = z.infer<typeof checkOutRequestSchema>;

export const checkOutResultSchema = z.object({
  outcome: z.enum(['checked_out', 'already_checked_out']),
  bookingId: z.uuid(),
  person: personSchema,
  desk: z.object({ label: z.string(), zone: z.string() }),
  checkedOutAt: z.iso.datetime({ offset: true }),
});
export type CheckOutResult = z.infer<typeof checkOutResultSchema>;

/** One touch at the kiosk: book the chosen free desk for the rest of the slot and check in. */
export const walkInRequestSchema = z.object({
  offerToken: z
    .string()
    .check(
      z.minLength(20, { message: 'Proposition expirée : scannez de nouveau.' }),
      z.maxLength(2000),
    ),
  deskId: z.uuid({ message: 'Identifiant de poste invalide.' }),
  slot: z.enum(['morning', 'afternoon', 'day'], { message: 'Créneau inconnu.' }),
});
export type WalkInRequest = z.infer<typeof walkInRequestSchema>;

/**
 * At most this many queued check-ins in one replay request, and the kiosk's batch size. A real
 * queued scan weighs 530–560 bytes of JSON (≈ 112 kB for a full batch, applied by the API in a
 * few seconds, within the kiosk's replay timeout); the largest item this schema accepts (64-
 * character id, token of `maxSignedTokenLength` base64url characters, 40-character instant)
 * weighs about 4,150 bytes, so even a full batch of those (≈ 830 kB) fits the API's 1 MB JSON
 * body limit.
 */
export const maxOfflineCheckIns = 200;

/** A compact JWS (three base64url parts): what a kiosk that verified the token queued. */
const compactSignedTokenPattern = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** Check-ins a kiosk verified and queued while the API was unreachable, sent when it returns. */
export const offlineCheckInsRequestSchema = z.object({
  checkIns: z
    .array(
      z.object({
        /** The kiosk's id for this queued item, a UUID (replays of the same item are recognised). */
        clientId: z
          .string()
          .check(z.regex(/^[\w-]{1,64}$/, { message: 'Identifiant d’enregistrement invalide.' })),
        token: z
          .string()
          .check(
            z.minLength(20, { message: 'QR code illisible.' }),
            z.maxLength(maxSignedTokenLength, { message: 'QR code illisible.' }),
            z.regex(compactSignedTokenPattern, { message: 'QR code illisible.' }),
          ),
        /** When the person scanned, by the kiosk's (server-corrected) clock. */
        scannedAt: isoInstantSchema.check(
          z.maxLength(40, { message: 'Heure de passage mal formée.' }),
        ),
      }),
    )
    .check(
      z.minLength(1, { message: 'Aucun enregistrement à envoyer.' }),
      z.maxLength(maxOfflineCheckIns, {
        message: `Au plus ${maxOfflineCheckIns} enregistrements par envoi.`,
      }),
    ),
});
export type OfflineCheckInsRequest = z.infer<typeof offlineCheckInsRequestSchema>;

export const offlineCheckInsResultSchema = z.object({
  results: z.array(
    z.object({
      clientId: z.string(),
      /** applied: checked in at `scannedAt`; already_checked_in: nothing to do; refused: see `message`. */
      outcome: z.enum(['applied', 'already_checked_in', 'refused']),
      bookingId: z.nullable(z.uuid()),
      message: z.nullable(z.string()),
    }),
  ),
});
export type OfflineCheckInsResult = z.infer<typeof offlineCheckInsResultSchema>;

/**
 * Claims of the signed tokens a kiosk may verify offline (compact JWS, EdDSA, key id in the
 * header, public keys at `GET /api/kiosk/keys`). `typ` tells them apart:
 * - `admz-check-in`: a booking's token (mail QR code): `nbf`/`exp` = the check-in window;
 * - `admz-rotating`: the QR code of the web app, renewed every 30 s: `exp` ≈ 45 s after `iat`,
 *   `win` = the booking's check-in window;
 * - `admz-person`: a person's own pass (walk-ins), renewed every 30 s like the rotating one;
 * - `admz-event`: an in-person event registration's pass, renewed every 30 s like the rotating
 *   one: `sub` = the registration, `win` = the event's check-in window, `ev` = its title;
 * - `admz-guest`: a guest's day pass, renewed every 30 s like the rotating one: `sub` = the
 *   invitation, `win` = the invitation's day at the site.
 * Booking tokens carry `gn` (given name), `dl` (desk label) and `dz` (zone) so that a kiosk
 * can greet the person while the API is unreachable.
 */
export const qrTokenTypes = {
  booking: 'admz-check-in',
  rotating: 'admz-rotating',
  person: 'admz-person',
  event: 'admz-event',
  guest: 'admz-guest',
} as const;
export type QrTokenType = (typeof qrTokenTypes)[keyof typeof qrTokenTypes];

/** The web app's QR codes change this often. */
export const rotatingQrSeconds = 30;
/** …and each one is accepted this long after it was issued (a scan in progress, a slow clock). */
export const rotatingQrLifetimeSeconds = 45;
