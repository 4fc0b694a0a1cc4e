import { formatCount } from '../../i18n/format';
import { defineMessages } from '../../i18n/language';

const action = { fr: 'action', en: 'action' };

/** The audit log: every host and admin action, for administrators. */
export const auditMessages = defineMessages({
  fr: {
    route: {
      title: 'Journal des actions',
      lead: 'Chaque action des gestionnaires et des administrateurs : qui, quoi, quand, avant et après. Choisissez un nom pour ne voir que ses actions.',
      adminsOnlyTitle: 'Page réservée aux administrateurs',
      adminsOnly:
        "Seuls les administrateurs d’AdmZ consultent le journal des actions. Si vous devriez y avoir accès, contactez l'équipe AdmZ.",
    },
    log: {
      filtersLabel: 'Filtrer le journal',
      site: 'Tiers-lieu',
      allSites: 'Tous les tiers-lieux',
      kind: 'Type d’action',
      allKinds: 'Toutes les actions',
      limit: 'Nombre d’entrées',
      latest: (count: number) => `${count} dernières`,
      thisPerson: 'cette personne',
      removeActorFilter: (name: string) => `Retirer le filtre : actions de ${name}`,
      actionsOf: (name: string) => `Actions de ${name}`,
      loading: 'Chargement du journal…',
      empty: 'Aucune action ne correspond à ces filtres.',
      caption: (count: number) => `${formatCount(count, action, 'fr')}, la plus récente d’abord`,
      headers: {
        date: 'Date',
        action: 'Action',
        site: 'Tiers-lieu',
        actor: 'Par',
        subject: 'Objet',
        changes: 'Changements',
      },
      seeActionsOf: (name: string) => `Voir les actions de ${name}`,
      noActor: 'Connexion (automatique) ou compte supprimé',
      value: 'valeur',
      fieldSeparator: ' : ',
    },
  },
  en: {
    route: {
      title: 'Action log',
      lead: 'Every action by hosts and administrators: who, what, when, before and after. Choose a name to see only their actions.',
      adminsOnlyTitle: 'Page for administrators only',
      adminsOnly:
        'Only AdmZ administrators can read the action log. If you should have access, contact the AdmZ team.',
    },
    log: {
      filtersLabel: 'Filter the log',
      site: 'Site',
      allSites: 'All sites',
      kind: 'Type of action',
      allKinds: 'All actions',
      limit: 'Number of entries',
      latest: (count: number) => `Last ${count}`,
      thisPerson: 'this person',
      removeActorFilter: (name: string) => `Remove the filter: actions by ${name}`,
      actionsOf: (name: string) => `Actions by ${name}`,
      loading: 'Loading the log…',
      empty: 'No action matches these filters.',
      caption: (count: number) => `${formatCount(count, action, 'en')}, newest first`,
      headers: {
        date: 'Date',
        action: 'Action',
        site: 'Site',
        actor: 'By',
        subject: 'Subject',
        changes: 'Changes',
      },
      seeActionsOf: (name: string) => `See the actions by ${name}`,
      noActor: 'Login (automatic) or deleted account',
      value: 'value',
      fieldSeparator: ': ',
    },
  },
});
