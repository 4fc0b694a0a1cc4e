import { z } from 'zod/mini';
import { singleLineTextSchema } from './common';

/** Image types a zone plan may have. */
export const zonePlanContentTypes = ['image/svg+xml', 'image/png'] as const;
export type ZonePlanContentType = (typeof zonePlanContentTypes)[number];

/** Largest plan accepted, in bytes (2 Mo). */
export const maxZonePlanBytes = 2 * 1024 * 1024;

/** A zone is named by its text, as desks carry it; in URLs it is one encodeURIComponent segment. */
export const zoneNameSchema = singleLineTextSchema.check(
  z.trim(),
  z.minLength(1, { message: 'Le nom de la zone est obligatoire.' }),
  z.maxLength(80, { message: 'Le nom de la zone fait au plus 80 caractères.' }),
);

const planFraction = z
  .number({ message: 'La position est un nombre entre 0 et 1.' })
  .check(
    z.gte(0, { message: 'La position doit rester sur le plan (entre 0 et 1).' }),
    z.lte(1, { message: 'La position doit rester sur le plan (entre 0 et 1).' }),
  );

/** Where a desk sits on its zone's plan, as fractions of the plan's width and height (0–1). */
export const planPositionSchema = z.object({ x: planFraction, y: planFraction });
export type PlanPosition = z.infer<typeof planPositionSchema>;

/** Body of `PUT /api/sites/:siteId/desks/:deskId/plan-position`: a position, or null to remove it. */
export const setPlanPositionSchema = z.object({ position: z.nullable(planPositionSchema) });
export type SetPlanPosition = z.infer<typeof setPlanPositionSchema>;

export const zonePlanSchema = z.object({
  contentType: z.enum(zonePlanContentTypes),
  /** Size read from the image (PNG header; SVG width/height or viewBox), in pixels. */
  width: z.number().check(z.gt(0)),
  height: z.number().check(z.gt(0)),
  sizeBytes: z.number().check(z.int(), z.gte(0)),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Where the image is served; changes when the plan changes (cache busting). */
  url: z.string(),
});
export type ZonePlan = z.infer<typeof zonePlanSchema>;

export const zoneSummarySchema = z.object({
  /** The zone's id: hosts rename, move and delete a zone by it. */
  id: z.uuid(),
  zone: z.string(),
  /** Its place in the site's order of zones, 1 = first (the list comes in that order). */
  position: z.number().check(z.int(), z.gt(0)),
  deskCount: z.number().check(z.int(), z.gte(0)),
  placedDeskCount: z.number().check(z.int(), z.gte(0)),
  plan: z.nullable(zonePlanSchema),
});
export type ZoneSummary = z.infer<typeof zoneSummarySchema>;

/** Answer to an upload: the zone, and what was removed from an SVG for safety (if anything). */
export const uploadedZonePlanSchema = z.extend(zoneSummarySchema, {
  removedContent: z.array(z.string()),
});
export type UploadedZonePlan = z.infer<typeof uploadedZonePlanSchema>;
