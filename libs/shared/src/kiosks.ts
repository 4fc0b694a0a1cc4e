import { z } from 'zod';

export const kioskSchema = z.object({
  id: z.uuid(),
  siteId: z.uuid(),
  name: z.string(),
  isRevoked: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  lastSeenAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Kiosk = z.infer<typeof kioskSchema>;

export const createKioskSchema = z.object({
  name: z.string().trim().min(1, { message: 'Le nom de la borne est obligatoire.' }).max(80),
});
export type CreateKiosk = z.infer<typeof createKioskSchema>;

/** Returned once, at creation: the credential is never shown again. */
export const createdKioskSchema = z.object({ kiosk: kioskSchema, credential: z.string() });
export type CreatedKiosk = z.infer<typeof createdKioskSchema>;

export const kioskIdentitySchema = z.object({
  kioskId: z.uuid(),
  name: z.string(),
  site: z.object({ id: z.uuid(), name: z.string(), timezone: z.string() }),
});
export type KioskIdentity = z.infer<typeof kioskIdentitySchema>;

export const shortCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const shortCodeLength = 8;

/** Accepts "ab3d-ef7h", "AB3DEF7H"…; the kiosk and API normalise the same way. */
export function normalizeShortCode(value: string): string {
  return value.toUpperCase().replace(/[\s-]/g, '');
}

/** Either the signed token read from the QR code, or the short code typed by hand. */
export const checkInRequestSchema = z
  .object({
    token: z.string().min(20, { message: 'QR code illisible.' }).max(2000).optional(),
    shortCode: z
      .string()
      .transform(normalizeShortCode)
      .pipe(
        z
          .string()
          .length(shortCodeLength, { message: `Le code comporte ${shortCodeLength} caractères.` })
          .regex(new RegExp(`^[${shortCodeAlphabet}]+$`), {
            message: 'Le code contient des caractères non valides.',
          }),
      )
      .optional(),
  })
  .refine((value) => (value.token === undefined) !== (value.shortCode === undefined), {
    message: 'Scannez un QR code ou saisissez un code.',
  });
export type CheckInRequest = z.infer<typeof checkInRequestSchema>;

export const checkInResultSchema = z.object({
  outcome: z.enum(['checked_in', 'already_checked_in']),
  bookingId: z.uuid(),
  person: z.object({ givenName: z.string(), usualName: z.string() }),
  desk: z.object({ label: z.string(), zone: z.string() }),
  checkedInAt: z.iso.datetime({ offset: true }),
});
export type CheckInResult = z.infer<typeof checkInResultSchema>;
