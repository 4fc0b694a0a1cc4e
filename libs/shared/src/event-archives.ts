import { z } from 'zod/mini';
import { idSchema, isoDateSchema, multiLineTextSchema, singleLineTextSchema } from './common';
import { eventThemesSchema, eventTypeSchema } from './events';

/** What a link of an event's archive points to. */
export const archiveLinkKinds = ['slides', 'video', 'notes', 'repository', 'other'] as const;
export const archiveLinkKindSchema = z.enum(archiveLinkKinds, {
  message: 'Choisissez le type du lien : diapositives, vidéo, notes, dépôt ou autre.',
});
export type ArchiveLinkKind = z.infer<typeof archiveLinkKindSchema>;

export const archiveLinkKindLabels: Record<ArchiveLinkKind, string> = {
  slides: 'Diapositives',
  video: 'Vidéo',
  notes: 'Notes',
  repository: 'Dépôt de code',
  other: 'Autre',
};

/** Most links an archive holds, and the longest summary. */
export const maxArchiveLinks = 20;
export const maxArchiveSummaryLength = 5000;

/** A web address the browser opens as is: http or https only (no javascript:, data:, file:…). */
const archiveUrlSchema = singleLineTextSchema.check(
  z.trim(),
  z.minLength(1, { message: 'Indiquez l’adresse du lien.' }),
  z.maxLength(2000, { message: 'Une adresse fait au plus 2 000 caractères.' }),
  z.refine(
    (value) =>
      URL.canParse(value) &&
      ['https:', 'http:'].includes(new URL(value).protocol) &&
      new URL(value).hostname !== '',
    { message: 'Le lien est une adresse web complète en https:// (ou http://).' },
  ),
);

export const archiveLinkSchema = z.object({
  kind: archiveLinkKindSchema,
  label: singleLineTextSchema.check(
    z.trim(),
    z.minLength(1, { message: 'Donnez un intitulé au lien.' }),
    z.maxLength(120, { message: 'L’intitulé d’un lien fait au plus 120 caractères.' }),
  ),
  url: archiveUrlSchema,
});
export type ArchiveLink = z.infer<typeof archiveLinkSchema>;

/**
 * Body of `PUT /api/sites/:siteId/events/:eventId/archive`: what the event produced, once over.
 * It replaces the previous archive; `themes` are the event's theme tags (one list).
 */
export const replaceEventArchiveSchema = z.object({
  summary: z._default(
    multiLineTextSchema.check(
      z.trim(),
      z.maxLength(maxArchiveSummaryLength, {
        message: `Le résumé fait au plus ${maxArchiveSummaryLength.toLocaleString('fr-FR')} caractères.`,
      }),
    ),
    '',
  ),
  links: z._default(
    z.array(archiveLinkSchema).check(
      z.maxLength(maxArchiveLinks, { message: `Au plus ${maxArchiveLinks} liens.` }),
      z.refine((links) => new Set(links.map((link) => link.url)).size === links.length, {
        message: 'Un même lien est indiqué deux fois.',
      }),
    ),
    [],
  ),
  themes: eventThemesSchema,
});
export type ReplaceEventArchive = z.infer<typeof replaceEventArchiveSchema>;
export type ReplaceEventArchiveInput = z.input<typeof replaceEventArchiveSchema>;

/** The archive of an approved event: empty until over, then what its organisers attached. */
export const eventArchiveSchema = z.object({
  eventId: z.uuid(),
  /** Over (and approved): the archive can be written and is listed in the search. */
  isOver: z.boolean(),
  summary: z.string(),
  links: z.array(archiveLinkSchema),
  themes: z.array(z.string()),
  /** When the organisers last wrote it; null while nothing was attached. */
  updatedAt: z.nullable(z.iso.datetime({ offset: true })),
  /** Whether the caller may write it (the event's organisers). */
  canEdit: z.boolean(),
});
export type EventArchive = z.infer<typeof eventArchiveSchema>;

/** An optional filter of the address: an empty one (`?theme=`) means no filter. */
const optionalFilter = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.transform((value: unknown) => (value === '' ? undefined : value)),
    z.optional(schema),
  );

/** Query of `GET /api/events/archive`: words in French, filters, a page. */
export const archiveSearchQuerySchema = z.object({
  q: optionalFilter(
    singleLineTextSchema.check(
      z.trim(),
      z.maxLength(200, { message: 'La recherche fait au plus 200 caractères.' }),
    ),
  ),
  theme: optionalFilter(
    singleLineTextSchema.check(
      z.trim(),
      z.maxLength(40, { message: 'Un thème fait au plus 40 caractères.' }),
    ),
  ),
  siteId: optionalFilter(idSchema),
  type: optionalFilter(eventTypeSchema),
  /** An administration as the facets name it (its SIRET, else its label). */
  administration: optionalFilter(
    singleLineTextSchema.check(z.trim(), z.maxLength(200, { message: 'Au plus 200 caractères.' })),
  ),
  page: optionalFilter(
    z.coerce
      .number({ message: 'La page est un nombre entier.' })
      .check(
        z.int({ message: 'La page est un nombre entier.' }),
        z.gte(1, { message: 'La page est au moins 1.' }),
        z.lte(1000, { message: 'La page est au plus 1 000.' }),
      ),
  ),
});
export type ArchiveSearchQuery = z.infer<typeof archiveSearchQuerySchema>;

/** Results per page of the archive. */
export const archivePageSize = 10;

/** Highlighted words of a snippet are wrapped in these (control characters no text may hold). */
export const snippetMarkStart = '\u0002';
export const snippetMarkEnd = '\u0003';

export const archivedEventSchema = z.object({
  id: z.uuid(),
  siteId: z.uuid(),
  siteName: z.string(),
  title: z.string(),
  type: eventTypeSchema,
  themes: z.array(z.string()),
  date: isoDateSchema,
  startsAt: z.iso.datetime({ offset: true }),
  /** The administration of who organised it, when known. */
  administration: z.nullable(z.string()),
  hasMaterial: z.boolean(),
  /** A passage of the summary (else the description), searched words between the marks. */
  snippet: z.string(),
});
export type ArchivedEvent = z.infer<typeof archivedEventSchema>;

export const archiveAdministrationSchema = z.object({ key: z.string(), label: z.string() });
export type ArchiveAdministration = z.infer<typeof archiveAdministrationSchema>;

/** Answer of the archive search: a page of past events, and what the filters may choose. */
export const archiveSearchResultSchema = z.object({
  items: z.array(archivedEventSchema),
  total: z.number().check(z.int()),
  page: z.number().check(z.int()),
  pageSize: z.number().check(z.int()),
  /** Values the filters offer, over the whole archive. */
  themes: z.array(z.string()),
  administrations: z.array(archiveAdministrationSchema),
});
export type ArchiveSearchResult = z.infer<typeof archiveSearchResultSchema>;
