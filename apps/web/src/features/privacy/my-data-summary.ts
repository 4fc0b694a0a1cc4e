import type { AccountDeletion, MyData, RetentionPeriods } from '@admz/shared';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/**
 * What deleting the account will do, one sentence per effect, from what the person holds now:
 * the confirmation names it before anything happens.
 */
export function describeDeletionEffects(data: MyData, now: Date = new Date()): string[] {
  const upcoming = data.bookings.filter(
    (booking) => booking.status === 'confirmed' && Date.parse(booking.endsAt) > now.getTime(),
  ).length;
  const ongoing = data.bookings.filter((booking) => booking.status === 'checked_in').length;
  const activeSeries = data.bookingSeries.filter((series) => series.cancelledAt === null).length;
  const waiting = data.waitlistEntries.filter((entry) => entry.status === 'waiting').length;
  const past = data.bookings.length - upcoming;
  const effects: string[] = [];
  if (upcoming > 0) {
    effects.push(
      `${upcoming} ${plural(upcoming, 'réservation à venir sera annulée', 'réservations à venir seront annulées')} : les postes sont offerts aux personnes en liste d'attente.`,
    );
  }
  if (ongoing > 0) {
    effects.push('Votre réservation en cours se termine : votre départ est enregistré.');
  }
  if (activeSeries > 0) {
    effects.push(
      `${activeSeries} ${plural(activeSeries, 'série de réservations prend fin', 'séries de réservations prennent fin')}.`,
    );
  }
  if (waiting > 0) {
    effects.push(
      `Vous quittez ${waiting} ${plural(waiting, "liste d'attente", "listes d'attente")}.`,
    );
  }
  const today = now.toISOString().slice(0, 10);
  const registeredEvents = data.eventRegistrations.filter(
    (registration) => registration.status !== 'cancelled' && registration.date >= today,
  ).length;
  if (registeredEvents > 0) {
    effects.push(
      `Vous quittez ${registeredEvents} ${plural(registeredEvents, 'événement à venir', 'événements à venir')} : vos places sont offertes aux personnes en liste d'attente.`,
    );
  }
  const upcomingRooms = data.roomBookings.filter(
    (booking) => booking.status === 'confirmed' && booking.endsAt > now.toISOString(),
  ).length;
  if (upcomingRooms > 0) {
    effects.push(
      `${upcomingRooms} ${plural(upcomingRooms, 'réservation de salle à venir est annulée', 'réservations de salle à venir sont annulées')} : les personnes nommées sont prévenues.`,
    );
  }
  if (data.eventProposals.length > 0) {
    effects.push(
      `${plural(data.eventProposals.length, "L'événement que vous avez proposé reste", 'Les événements que vous avez proposés restent')} à l'agenda, sans votre nom.`,
    );
  }
  if (past > 0) {
    effects.push(
      `${past} ${plural(past, 'réservation passée est gardée', 'réservations passées sont gardées')} pour les statistiques, sans votre nom : plus personne ne peut savoir ${plural(past, "qu'elle était la vôtre", "qu'elles étaient les vôtres")}.`,
    );
  }
  const hosted = data.siteRoles.filter((role) => role.role === 'host').length;
  const keys = data.siteRoles.filter((role) => role.role === 'key_holder').length;
  if (hosted > 0) {
    effects.push(`Vous n'êtes plus gestionnaire de ${hosted} ${plural(hosted, 'site', 'sites')}.`);
  }
  if (keys > 0) {
    effects.push(
      `Vous n'êtes plus détenteur ou détentrice d'une clé (${keys} ${plural(keys, 'site', 'sites')}).`,
    );
  }
  if (data.assignedDesks.length > 0) {
    effects.push(
      `${plural(data.assignedDesks.length, 'Le poste qui vous était attribué est libéré', 'Les postes qui vous étaient attribués sont libérés')}.`,
    );
  }
  if (data.calendarFeed.isActive) {
    effects.push("Votre lien d'agenda cesse de fonctionner.");
  }
  effects.push(
    'Votre identité (nom, adresse électronique, organisation) est effacée et vous êtes déconnecté·e de tous vos appareils.',
  );
  return effects;
}

/** The deletion's answer, in sentences, for the page that follows it. */
export function describeAccountDeletion(deletion: AccountDeletion): string[] {
  const lines: string[] = [];
  if (deletion.cancelledBookings > 0) {
    lines.push(
      `${deletion.cancelledBookings} ${plural(deletion.cancelledBookings, 'réservation annulée', 'réservations annulées')}.`,
    );
  }
  if (deletion.leftWaitlists > 0) {
    lines.push(
      `${deletion.leftWaitlists} ${plural(deletion.leftWaitlists, "liste d'attente quittée", "listes d'attente quittées")}.`,
    );
  }
  if (deletion.leftEvents > 0) {
    lines.push(
      `${deletion.leftEvents} ${plural(deletion.leftEvents, 'événement quitté', 'événements quittés')}.`,
    );
  }
  if (deletion.cancelledRoomBookings > 0) {
    lines.push(
      `${deletion.cancelledRoomBookings} ${plural(deletion.cancelledRoomBookings, 'réservation de salle annulée', 'réservations de salle annulées')}.`,
    );
  }
  if (deletion.anonymisedBookings > 0) {
    lines.push(
      `${deletion.anonymisedBookings} ${plural(deletion.anonymisedBookings, 'réservation anonymisée', 'réservations anonymisées')}.`,
    );
  }
  return lines;
}

export type RetentionRow = { what: string; howLong: string };

/** The personal data page's table: what is kept, and for how long, in this deployment. */
export function describeRetentionPeriods(periods: RetentionPeriods): RetentionRow[] {
  const months = (count: number) => `${count} mois`;
  const days = (count: number) => `${count} ${plural(count, 'jour', 'jours')}`;
  return [
    {
      what: "Heures d'arrivée et de départ, borne qui a scanné, passages enregistrés hors ligne",
      howLong: `${months(periods.presenceMonths)} après le créneau réservé, puis effacées`,
    },
    {
      what: "Réservations, séries et listes d'attente",
      howLong: `${months(periods.bookingsMonths)} après le créneau, puis anonymisées : la réservation n'est plus rattachée à personne et ne sert qu'aux statistiques (séries et listes d'attente sont supprimées ; le décompte mensuel de vos jours de venue, tenu pour les statistiques, est anonymisé en même temps)`,
    },
    {
      what: 'Votre compte : identité transmise par ProConnect, rôles, poste attribué',
      howLong: 'Tant que vous utilisez AdmZ, jusqu’à la suppression du compte (« Mes données »)',
    },
    {
      what: 'Sessions de connexion',
      howLong: `${days(periods.sessionDays)}, puis ${
        periods.expiredSessionsDays === 0
          ? 'supprimées dans la journée qui suit leur expiration'
          : `supprimées ${days(periods.expiredSessionsDays)} après leur expiration`
      }`,
    },
    {
      what: 'Traces techniques des tâches de fond (envoi des mails, liste d’attente)',
      howLong: days(periods.jobsDays),
    },
    {
      what: "Copies des mails en l'absence de serveur de messagerie (environnement de développement)",
      howLong: days(periods.outboxDays),
    },
  ];
}
