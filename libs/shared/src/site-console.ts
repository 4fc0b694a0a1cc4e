import { z } from 'zod/mini';
import { idSchema, singleLineTextSchema } from './common';
import { zoneNameSchema } from './floor-plans';
import { affectedBookingSchema } from './site-settings';
import { deskAttributeSchema, deskSchema } from './sites';

/** Body of `POST /api/sites/:siteId/zones`: a new zone, placed last. */
export const createZoneSchema = z.object({ name: zoneNameSchema });
export type CreateZone = z.infer<typeof createZoneSchema>;

/** Body of `PATCH /api/sites/:siteId/zones/:zoneId`: a new name, a new place (1 = first), or both. */
export const updateZoneSchema = z
  .partial(
    z.object({
      name: zoneNameSchema,
      position: z
        .number({ message: 'La place de la zone est un nombre entier (1 = la première).' })
        .check(
          z.int({ message: 'La place de la zone est un nombre entier (1 = la première).' }),
          z.gte(1, { message: 'La place de la zone commence à 1 (la première).' }),
          z.lte(1000, { message: 'La place de la zone va au plus jusqu’à 1000.' }),
        ),
    }),
  )
  .check(
    z.refine((value) => value.name !== undefined || value.position !== undefined, {
      message: 'Indiquez le nouveau nom de la zone, sa nouvelle place, ou les deux.',
    }),
  );
export type UpdateZone = z.infer<typeof updateZoneSchema>;

/** Body of `PUT /api/sites/:siteId/zones/order`: every zone of the site, in the order wanted. */
export const reorderZonesSchema = z.object({
  zoneIds: z
    .array(idSchema, { message: 'zoneIds est la liste des zones du site, dans l’ordre voulu.' })
    .check(
      z.minLength(1, { message: 'zoneIds est la liste des zones du site, dans l’ordre voulu.' }),
      z.maxLength(500, { message: 'zoneIds contient au plus 500 zones.' }),
      z.refine((ids) => new Set(ids).size === ids.length, {
        message: 'zoneIds nomme une même zone deux fois.',
      }),
    ),
});
export type ReorderZones = z.infer<typeof reorderZonesSchema>;

/** Most desks a bulk creation makes at once. */
export const maxBulkDesks = 200;

const bulkNumber = (name: string) =>
  z
    .number({ message: `Le ${name} numéro est un nombre entier.` })
    .check(
      z.int({ message: `Le ${name} numéro est un nombre entier.` }),
      z.gte(0, { message: `Le ${name} numéro est positif ou nul.` }),
      z.lte(99_999, { message: `Le ${name} numéro va au plus jusqu’à 99999.` }),
    );

const bulkDeskFields = z.object({
  /** Text before each number (« A- »); may be empty. */
  prefix: z._default(
    singleLineTextSchema.check(
      z.maxLength(30, { message: 'Le préfixe des libellés fait au plus 30 caractères.' }),
    ),
    '',
  ),
  first: bulkNumber('premier'),
  last: bulkNumber('dernier'),
  /** Digits of each number, zeros added in front (2: 01, 02…); 0 or 1 adds none. */
  width: z._default(
    z
      .number({ message: 'Le nombre de chiffres est un nombre entier.' })
      .check(
        z.int({ message: 'Le nombre de chiffres est un nombre entier.' }),
        z.gte(0, { message: 'Le nombre de chiffres est positif ou nul.' }),
        z.lte(5, { message: 'Le nombre de chiffres va au plus jusqu’à 5.' }),
      ),
    2,
  ),
  zone: zoneNameSchema,
  attributes: z._default(z.array(deskAttributeSchema), []),
});

/** Body of `POST /api/sites/:siteId/desks/bulk`: « postes A-01 à A-12 dans la zone Calme ». */
export const bulkCreateDesksSchema = bulkDeskFields.check(
  z.refine((value) => value.first <= value.last, {
    message: 'Le premier numéro doit être inférieur ou égal au dernier.',
    path: ['last'],
  }),
  z.refine((value) => value.last - value.first + 1 <= maxBulkDesks, {
    message: `Au plus ${maxBulkDesks} postes à la fois : réduisez l’intervalle des numéros.`,
    path: ['last'],
  }),
);
export type BulkCreateDesks = z.infer<typeof bulkCreateDesksSchema>;

/**
 * The labels a bulk creation makes, in order: the web shows them before creating, the API
 * creates exactly these. An interval over the cap gives the first `maxBulkDesks` + 1 only.
 */
export function bulkDeskLabels(
  input: Pick<BulkCreateDesks, 'prefix' | 'first' | 'last' | 'width'>,
): string[] {
  const count = Math.min(input.last - input.first + 1, maxBulkDesks + 1);
  return Array.from(
    { length: Math.max(count, 0) },
    (_, index) => `${input.prefix}${String(input.first + index).padStart(input.width, '0')}`,
  );
}

const deskIdsSchema = z
  .array(idSchema, { message: 'deskIds est la liste des postes concernés.' })
  .check(
    z.minLength(1, { message: 'Choisissez au moins un poste.' }),
    z.maxLength(maxBulkDesks, { message: `Au plus ${maxBulkDesks} postes à la fois.` }),
    z.refine((ids) => new Set(ids).size === ids.length, {
      message: 'deskIds nomme un même poste deux fois.',
    }),
  );

/**
 * Body of `POST /api/sites/:siteId/desks/deactivation`: desks no longer bookable. Their future
 * bookings are cancelled: without `confirm` the API answers 409 with the list.
 */
export const deactivateDesksSchema = z.object({
  deskIds: deskIdsSchema,
  confirm: z._default(z.boolean({ message: 'confirm vaut true ou false.' }), false),
});
export type DeactivateDesks = z.infer<typeof deactivateDesksSchema>;

/** Body of `POST /api/sites/:siteId/desks/reactivation`: desks bookable again. */
export const reactivateDesksSchema = z.object({ deskIds: deskIdsSchema });
export type ReactivateDesks = z.infer<typeof reactivateDesksSchema>;

/** Answer of a deactivation: the desks as they now are, and the bookings it cancelled. */
export const deskDeactivationSchema = z.object({
  desks: z.array(deskSchema),
  cancelledBookings: z.array(affectedBookingSchema),
});
export type DeskDeactivation = z.infer<typeof deskDeactivationSchema>;

/** The 409 of a bulk creation whose labels exist already: none was created. */
export const bulkDesksConflictSchema = z.object({
  statusCode: z.literal(409),
  error: z.string(),
  message: z.string(),
  existingLabels: z.array(z.string()),
});
export type BulkDesksConflict = z.infer<typeof bulkDesksConflictSchema>;
