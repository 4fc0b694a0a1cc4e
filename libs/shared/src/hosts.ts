import { z } from 'zod';
import { idSchema, singleLineTextSchema } from './common';
import { sitePersonSchema } from './sites';

/** A host appointed by e-mail before their first login: the role is theirs when they log in. */
export const hostInvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  createdAt: z.iso.datetime(),
});
export type HostInvitation = z.infer<typeof hostInvitationSchema>;

/** Who runs a site: its hosts, and the invitations still waiting for a first login. */
export const siteHostsSchema = z.object({
  hosts: z.array(sitePersonSchema),
  invitations: z.array(hostInvitationSchema),
});
export type SiteHosts = z.infer<typeof siteHostsSchema>;

/** People who have logged in, searched by name or e-mail (at least two characters). */
export const peopleSearchQuerySchema = z.object({
  query: singleLineTextSchema
    .trim()
    .min(2, { message: 'Tapez au moins deux caractères.' })
    .max(100, { message: 'Au plus 100 caractères.' }),
});
export type PeopleSearchQuery = z.infer<typeof peopleSearchQuerySchema>;

/** What the audit log records: every host and admin action, by kind. */
export const auditKinds = [
  'site.created',
  'desk.created',
  'desk.updated',
  'host.appointed',
  'host.invited',
  'host.removed',
  'host.invitation-cancelled',
  'host.invitation-accepted',
  'site.analytics-privacy-changed',
] as const;
export const auditKindSchema = z.enum(auditKinds, { message: 'Type d’action inconnu.' });
export type AuditKind = z.infer<typeof auditKindSchema>;

export const auditKindLabels: Record<AuditKind, string> = {
  'site.created': 'Site créé',
  'desk.created': 'Poste ajouté',
  'desk.updated': 'Poste modifié',
  'host.appointed': 'Gestionnaire nommé',
  'host.invited': 'Gestionnaire invité (avant sa première connexion)',
  'host.removed': 'Gestionnaire retiré',
  'host.invitation-cancelled': 'Invitation de gestionnaire annulée',
  'host.invitation-accepted': 'Invitation de gestionnaire acceptée (première connexion)',
  'site.analytics-privacy-changed': 'Noms dans les statistiques du site affichés ou masqués',
};

export const auditEventSchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  kind: auditKindSchema,
  /** Who acted; null once their account is deleted, or for what a login did by itself. */
  actor: z.object({ userId: z.uuid(), name: z.string() }).nullable(),
  site: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** What the action was about, as a person reads it (« Inès Lefèvre », « ines@… »). */
  subject: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditQuerySchema = z.object({
  siteId: idSchema.optional(),
  actorId: idSchema.optional(),
  kind: auditKindSchema.optional(),
  limit: z.coerce
    .number({ message: 'Nombre invalide.' })
    .int({ message: 'Nombre entier attendu.' })
    .min(1, { message: 'Au moins 1.' })
    .max(200, { message: 'Au plus 200.' })
    .default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
