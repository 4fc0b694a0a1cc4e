import { z } from 'zod/mini';
import { idSchema, singleLineTextSchema } from './common';
import { sitePersonSchema } from './site-settings';

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
  query: singleLineTextSchema.check(
    z.trim(),
    z.minLength(2, { message: 'Tapez au moins deux caractères.' }),
    z.maxLength(100, { message: 'Au plus 100 caractères.' }),
  ),
});
export type PeopleSearchQuery = z.infer<typeof peopleSearchQuerySchema>;

/** What the audit log records: every host and admin action, by kind. */
export const auditKinds = [
  'site.created',
  'site.updated',
  'site.archived',
  'site.restored',
  'site.photo-changed',
  'desk.created',
  'desk.updated',
  'host.appointed',
  'host.invited',
  'host.removed',
  'host.invitation-cancelled',
  'host.invitation-accepted',
  'hours.weekly-replaced',
  'hours.exception-set',
  'hours.exception-removed',
  'rules.updated',
  'key-holder.added',
  'key-holder.removed',
  'desk.assigned',
  'desk.unassigned',
  'desk.placed',
  'plan.uploaded',
  'plan.removed',
  'kiosk.created',
  'kiosk.pairing-renewed',
  'kiosk.revoked',
  'kiosk.settings-pin-changed',
  'kiosk.settings-locked',
  'attendance.arrival-marked',
  'attendance.departure-marked',
  'booking.created-on-behalf',
  'booking.cancelled-on-behalf',
  'zone.created',
  'zone.renamed',
  'zone.reordered',
  'zone.deleted',
  'desks.bulk-created',
  'desk.deactivated',
  'desk.reactivated',
  'site.analytics-privacy-changed',
  'event.created',
  'event.approved',
  'event.declined',
  'event.cancelled',
  'event.registrants-written',
  'event.archive-updated',
  'room.created',
  'room.updated',
  'room-rules.updated',
  'room-booking.cancelled',
  'guest.approved',
  'guest.declined',
  'guest-settings.updated',
] as const;
export const auditKindSchema = z.enum(auditKinds, { message: 'Type d’action inconnu.' });
export type AuditKind = z.infer<typeof auditKindSchema>;

export const auditKindLabels: Record<AuditKind, string> = {
  'site.created': 'Site créé',
  'site.updated': 'Site modifié',
  'site.archived': 'Site archivé',
  'site.restored': 'Site rétabli',
  'site.photo-changed': 'Photo du site changée',
  'desk.created': 'Poste ajouté',
  'desk.updated': 'Poste modifié',
  'host.appointed': 'Gestionnaire nommé',
  'host.invited': 'Gestionnaire invité (avant sa première connexion)',
  'host.removed': 'Gestionnaire retiré',
  'host.invitation-cancelled': 'Invitation de gestionnaire annulée',
  'host.invitation-accepted': 'Invitation de gestionnaire acceptée (première connexion)',
  'hours.weekly-replaced': 'Horaires de la semaine modifiés',
  'hours.exception-set': 'Horaires exceptionnels ou fermeture fixés',
  'hours.exception-removed': 'Exception d’horaires retirée',
  'rules.updated': 'Règles de réservation modifiées',
  'key-holder.added': 'Détenteur de clé ajouté',
  'key-holder.removed': 'Détenteur de clé retiré',
  'desk.assigned': 'Poste attribué à une personne',
  'desk.unassigned': 'Poste libéré de son attribution',
  'desk.placed': 'Poste placé sur le plan',
  'plan.uploaded': 'Plan de zone envoyé',
  'plan.removed': 'Plan de zone retiré',
  'kiosk.created': 'Borne créée',
  'kiosk.pairing-renewed': 'Nouveau code d’appairage de borne',
  'kiosk.revoked': 'Borne désactivée',
  'kiosk.settings-pin-changed': 'Code des réglages de borne changé',
  'kiosk.settings-locked': 'Réglages de borne bloqués après des codes erronés',
  'attendance.arrival-marked': 'Arrivée enregistrée par un gestionnaire',
  'attendance.departure-marked': 'Départ enregistré par un gestionnaire',
  'booking.created-on-behalf': 'Réservation faite pour une personne par un gestionnaire',
  'booking.cancelled-on-behalf': 'Réservation annulée pour une personne par un gestionnaire',
  'zone.created': 'Zone créée',
  'zone.renamed': 'Zone renommée',
  'zone.reordered': 'Zones réordonnées',
  'zone.deleted': 'Zone supprimée',
  'desks.bulk-created': 'Postes ajoutés en série',
  'desk.deactivated': 'Poste désactivé (réservations à venir annulées)',
  'desk.reactivated': 'Poste réactivé',
  'site.analytics-privacy-changed': 'Noms dans les statistiques du site affichés ou masqués',
  'event.created': 'Événement créé par un gestionnaire',
  'event.approved': 'Événement validé (réservations de la zone annulées)',
  'event.declined': 'Proposition d’événement refusée',
  'event.cancelled': 'Événement annulé (inscrits prévenus)',
  'event.registrants-written': 'Message envoyé aux inscrits d’un événement',
  'event.archive-updated': 'Archives d’un événement passé modifiées (résumé, liens, thèmes)',
  'room.created': 'Salle créée',
  'room.updated': 'Salle modifiée (capacité, équipements ou ouverture à la réservation)',
  'room-rules.updated': 'Règles des salles modifiées',
  'room-booking.cancelled': 'Réservation de salle annulée par un gestionnaire',
  'guest.approved': 'Invitation d’une personne extérieure validée',
  'guest.declined': 'Invitation d’une personne extérieure refusée',
  'guest-settings.updated': 'Règles des invitations modifiées (validation, charte)',
};

export const auditEventSchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  kind: auditKindSchema,
  /** Who acted; null once their account is deleted, or for what a login did by itself. */
  actor: z.nullable(z.object({ userId: z.uuid(), name: z.string() })),
  site: z.nullable(z.object({ id: z.uuid(), name: z.string() })),
  /** What the action was about, as a person reads it (« Inès Lefèvre », « ines@… »). */
  subject: z.string(),
  before: z.nullable(z.unknown()),
  after: z.nullable(z.unknown()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditQuerySchema = z.object({
  siteId: z.optional(idSchema),
  actorId: z.optional(idSchema),
  kind: z.optional(auditKindSchema),
  limit: z._default(
    z.coerce
      .number({ message: 'Nombre invalide.' })
      .check(
        z.int({ message: 'Nombre entier attendu.' }),
        z.gte(1, { message: 'Au moins 1.' }),
        z.lte(200, { message: 'Au plus 200.' }),
      ),
    50,
  ),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
