import { defineMessages } from '../i18n/language';

const fr = {
  tagline: "Réserver un poste dans les tiers-lieux de l'État",
  homeTitle: 'Accueil – AdmZ',
  skipLinks: { content: 'Contenu', footer: 'Pied de page' },
  menus: {
    book: 'Réserver',
    meet: 'Se rencontrer',
    events: 'Événements',
    host: 'Gérer un tiers-lieu',
    admin: 'Réseau AdmZ',
  },
  links: {
    bookDesk: 'Réserver un poste',
    bookRoom: 'Réserver une salle',
    myBookings: 'Mes réservations',
    myPass: 'Mon pass',
    whoIsHere: 'Qui est là ?',
    invite: 'Inviter une personne',
    eventsAgenda: 'Agenda des événements',
    myEvents: 'Mes événements',
    proposeEvent: 'Proposer un événement',
    eventArchive: 'Archives des événements',
    todayBoard: 'Tableau du jour',
    desksAndZones: 'Postes et zones',
    eventsToValidate: 'Événements à valider',
    guestsToValidate: 'Invitations à valider',
    siteSettings: 'Paramètres du site',
    siteStatistics: 'Statistiques du site',
    zonePlans: 'Plans des zones',
    kiosks: 'Bornes d’accueil',
    networkSites: 'Sites',
    hosts: 'Gestionnaires',
    auditLog: 'Journal des actions',
    devOutbox: "Boîte d'envoi (dév.)",
  },
  myData: 'Mes données',
  logOut: 'Se déconnecter',
  footer: {
    description:
      "AdmZ est l'espace de travail partagé de l'État : les agents publics de toutes les administrations y réservent un poste, se rencontrent et construisent ensemble.",
    personalData: 'Données personnelles',
    publicAgenda: 'Agenda public',
    openStatistics: 'Statistiques ouvertes',
  },
  errorPage: {
    title: 'Erreur inattendue',
    lead: "Désolé, cette page a rencontré un problème. Rechargez-la ou revenez à l'accueil.",
    reload: 'Recharger la page',
    home: "Retour à l'accueil",
  },
  notFound: {
    title: 'Page introuvable',
    code: 'Erreur 404',
    lead: 'La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.',
    hint: "Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. La page n'est peut-être plus disponible.",
    home: "Page d'accueil",
  },
  states: {
    loading: 'Chargement…',
    errorTitle: 'Une erreur est survenue',
    unexpected: 'Une erreur inattendue est survenue. Réessayez dans un instant.',
    retry: 'Réessayer',
  },
};

/** The shape of these texts, which the English half (app.messages.en.ts) follows. */
export type AppMessages = typeof fr;

/** The frame around every page: header, menus, footer, and the last-resort error page. */
export const appMessages = defineMessages({
  fr,
  // Loaded only once English is chosen (app.messages.en.ts): the French pages do not carry it.
  en: () => import('./app.messages.en'),
});
