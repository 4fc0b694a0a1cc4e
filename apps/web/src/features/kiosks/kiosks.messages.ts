import type { KioskState } from './kiosk-state';
import { defineMessages } from '../../i18n/language';

/** « Bornes d’accueil »: pairing, following and revoking the tablets at the door of each site. */
export const kiosksMessages = defineMessages({
  fr: {
    route: {
      title: 'Bornes d’accueil',
      lead: 'Les tablettes posées à l’entrée de vos tiers-lieux : appairez-en une nouvelle, suivez leur état, désactivez celle qui est perdue ou remplacée.',
      deniedTitle: 'Page réservée aux gestionnaires',
      deniedDescription:
        "Cette page est réservée aux personnes qui gèrent un tiers-lieu. Si vous devriez y avoir accès, contactez l'équipe AdmZ.",
    },
    state: {
      awaiting_pairing: 'En attente d’appairage',
      active: 'Active',
      unpaired: 'Non appairée (code expiré)',
      revoked: 'Désactivée',
    } satisfies Record<KioskState, string>,
    view: {
      title: (siteName: string) => `Bornes de ${siteName}`,
      revoked: (kioskName: string) =>
        `La borne « ${kioskName} » est désactivée : la tablette s’arrête dans la minute.`,
      pinSaved: (kioskName: string) =>
        `Le code des réglages de la borne « ${kioskName} » est enregistré.`,
      loading: 'Chargement des bornes…',
      emptyTitle: 'Aucune borne pour ce tiers-lieu.',
      emptyText:
        'Ajoutez-en une ci-dessous : vous obtiendrez un code à saisir sur la tablette posée à l’entrée.',
      caption: (siteName: string) => `Bornes d’accueil de ${siteName}`,
      refreshNote:
        'État et dernier contact actualisés toutes les 15 secondes. Le message affiché sur les bornes se règle dans les',
      settingsLink: 'paramètres du site',
      addTitle: 'Ajouter une borne',
    },
    table: {
      headers: ['Borne', 'État', 'Dernier contact', 'Version', 'Code des réglages', 'Actions'],
      never: 'Jamais',
      pinSet: 'Défini',
      pinNone: 'Aucun : réglages fermés',
      changePin: 'Changer le code des réglages',
      setPin: 'Définir le code des réglages',
      newPairingCode: 'Nouveau code d’appairage',
      newPairingCodeFor: (kioskName: string) =>
        `Nouveau code d’appairage pour la borne ${kioskName}`,
      pinActionFor: (action: string, kioskName: string) => `${action} — ${kioskName}`,
      revoke: 'Désactiver',
      revokeFor: (kioskName: string) => `Désactiver la borne ${kioskName}`,
    },
    createForm: {
      nameLabel: 'Nom de la borne',
      nameHint: 'Pour la reconnaître, par exemple « Entrée principale » ou « Accueil 2e étage ».',
      pinLabel: 'Code des réglages de la borne',
      creating: 'Création…',
      create: 'Créer la borne',
    },
    pinInput: {
      invalid: 'Code invalide.',
      hint: 'De 4 à 8 chiffres. Il sera demandé sur la tablette pour ouvrir ses réglages ; gardez-le pour les gestionnaires du site.',
    },
    pinModal: {
      changeTitle: 'Changer le code des réglages',
      setTitle: 'Définir le code des réglages',
      cancel: 'Annuler',
      saving: 'Enregistrement…',
      save: 'Enregistrer le code',
      replaces: (kioskName: string) =>
        `Le nouveau code remplace l’ancien dès maintenant sur la borne « ${kioskName} ».`,
      newPinLabel: 'Nouveau code des réglages',
      noKiosk: 'Aucune borne sélectionnée.',
    },
    revokeModal: {
      title: 'Désactiver cette borne ?',
      keep: 'Garder la borne',
      revoking: 'Désactivation…',
      confirm: 'Oui, désactiver la borne',
      effect: (kioskName: string) =>
        `La borne « ${kioskName} » n’enregistrera plus aucune arrivée : dans la minute, la tablette affiche « borne désactivée » et s’arrête.`,
      replace:
        'Pour remettre une tablette en service ensuite, créez une nouvelle borne et saisissez son code d’appairage.',
      noKiosk: 'Aucune borne sélectionnée.',
    },
    pairing: {
      title: (kioskName: string) => `Appairer la borne « ${kioskName} »`,
      pairedTitle: 'Borne appairée',
      paired: (kioskName: string) =>
        `La tablette « ${kioskName} » est prête : elle accueille les agents.`,
      close: 'Fermer',
      expiredTitle: 'Code expiré',
      expired: 'Ce code d’appairage n’est plus valable. Demandez-en un nouveau pour cette borne.',
      newCode: 'Nouveau code d’appairage',
      openBefore: 'Sur la tablette, ouvrez',
      openAfter: 'et saisissez ce code :',
      expiresIn: 'Expire dans',
      validity: (minutes: number) =>
        `Ce code est valable ${minutes} minutes et ne sert qu’une fois ; il ne sera plus affiché après cette page. Cette page indique quand la tablette est appairée.`,
      hide: 'Masquer le code',
    },
  },
  en: {
    route: {
      title: 'Check-in kiosks',
      lead: 'The tablets at the entrance of your sites: pair a new one, follow their state, deactivate one that is lost or replaced.',
      deniedTitle: 'For hosts only',
      deniedDescription:
        'This page is for the people who run a site. If you should have access, contact the AdmZ team.',
    },
    state: {
      awaiting_pairing: 'Waiting to be paired',
      active: 'Active',
      unpaired: 'Not paired (code expired)',
      revoked: 'Deactivated',
    },
    view: {
      title: (siteName: string) => `Kiosks of ${siteName}`,
      revoked: (kioskName: string) =>
        `The kiosk “${kioskName}” is deactivated: the tablet stops within a minute.`,
      pinSaved: (kioskName: string) => `The settings code of the kiosk “${kioskName}” is saved.`,
      loading: 'Loading the kiosks…',
      emptyTitle: 'No kiosk for this site.',
      emptyText: 'Add one below: you will get a code to type on the tablet at the entrance.',
      caption: (siteName: string) => `Check-in kiosks of ${siteName}`,
      refreshNote:
        'State and last contact refreshed every 15 seconds. The message shown on the kiosks is set in the',
      settingsLink: 'site settings',
      addTitle: 'Add a kiosk',
    },
    table: {
      headers: ['Kiosk', 'State', 'Last contact', 'Version', 'Settings code', 'Actions'],
      never: 'Never',
      pinSet: 'Set',
      pinNone: 'None: settings locked',
      changePin: 'Change the settings code',
      setPin: 'Set the settings code',
      newPairingCode: 'New pairing code',
      newPairingCodeFor: (kioskName: string) => `New pairing code for the kiosk ${kioskName}`,
      pinActionFor: (action: string, kioskName: string) => `${action} — ${kioskName}`,
      revoke: 'Deactivate',
      revokeFor: (kioskName: string) => `Deactivate the kiosk ${kioskName}`,
    },
    createForm: {
      nameLabel: 'Kiosk name',
      nameHint: 'To recognise it, for example “Main entrance” or “2nd floor reception”.',
      pinLabel: 'Kiosk settings code',
      creating: 'Creating…',
      create: 'Create the kiosk',
    },
    pinInput: {
      invalid: 'Invalid code.',
      hint: '4 to 8 digits. The tablet asks for it to open its settings; keep it for the site’s hosts.',
    },
    pinModal: {
      changeTitle: 'Change the settings code',
      setTitle: 'Set the settings code',
      cancel: 'Cancel',
      saving: 'Saving…',
      save: 'Save the code',
      replaces: (kioskName: string) =>
        `The new code replaces the old one right away on the kiosk “${kioskName}”.`,
      newPinLabel: 'New settings code',
      noKiosk: 'No kiosk selected.',
    },
    revokeModal: {
      title: 'Deactivate this kiosk?',
      keep: 'Keep the kiosk',
      revoking: 'Deactivating…',
      confirm: 'Yes, deactivate the kiosk',
      effect: (kioskName: string) =>
        `The kiosk “${kioskName}” will no longer record any arrival: within a minute, the tablet shows “kiosk deactivated” and stops.`,
      replace:
        'To put a tablet back in service later, create a new kiosk and type its pairing code.',
      noKiosk: 'No kiosk selected.',
    },
    pairing: {
      title: (kioskName: string) => `Pair the kiosk “${kioskName}”`,
      pairedTitle: 'Kiosk paired',
      paired: (kioskName: string) => `The tablet “${kioskName}” is ready: it welcomes visitors.`,
      close: 'Close',
      expiredTitle: 'Code expired',
      expired: 'This pairing code is no longer valid. Ask for a new one for this kiosk.',
      newCode: 'New pairing code',
      openBefore: 'On the tablet, open',
      openAfter: 'and type this code:',
      expiresIn: 'Expires in',
      validity: (minutes: number) =>
        `This code is valid for ${minutes} minutes and works only once; it will not be shown again after this page. This page tells you when the tablet is paired.`,
      hide: 'Hide the code',
    },
  },
});
