// French typography: a no-break space (\u00a0) before a colon or question mark and inside guillemets.

/** French plural for counts: 0 and 1 take the singular. */
const plural = (count: number, singular: string, pluralForm: string) =>
  `${count} ${count <= 1 ? singular : pluralForm}`;

/** Every string the kiosk shows, in French (the reference); `messagesEn` must have the same shape. */
export const messagesFr = {
  language: {
    /** The switch names the other language, in that language. */
    switchTo: 'English',
    switchLabel: 'Display in English',
  },
  common: {
    brand: 'AdmZ — Borne d’accueil',
    finish: 'Terminer',
    cancel: 'Annuler',
    confirm: 'Valider',
    checking: 'Vérification…',
    retry: 'Réessayer',
    retrying: 'Nouvel essai…',
  },
  errors: {
    network: 'Connexion au serveur impossible, réessayez.',
    unexpected: 'Une erreur inattendue est survenue, réessayez.',
  },
  connection: {
    connecting: 'Connexion au serveur…',
    unreachableTitle: 'Connexion au serveur impossible',
  },
  pairing: {
    title: 'Appairer cette borne',
    intro:
      'Dans l’application web AdmZ, une ou un gestionnaire du site crée la borne et obtient un code d’appairage à usage unique, valable 10 minutes. Saisissez-le ici.',
    codeLabel: 'Code d’appairage',
    codeHint: (length: number) => `${length} caractères, par exemple AB3D-EF7H`,
    submit: 'Appairer la borne',
    pending: 'Appairage…',
  },
  revoked: {
    title: 'Borne désactivée',
    explanation:
      'Une ou un gestionnaire du site a désactivé cette borne, ou sa clé n’est plus reconnue\u00a0: elle ne peut plus enregistrer d’arrivées.',
    howTo:
      'Pour la remettre en service, demandez un nouveau code d’appairage à l’équipe du site, puis touchez «\u00a0Appairer de nouveau\u00a0».',
    pairAgain: 'Appairer de nouveau',
  },
  idle: {
    title: 'Scannez votre QR code',
    help: 'Présentez le QR code de votre réservation, de votre inscription à un événement ou votre pass AdmZ devant la caméra.',
    typeCode: 'Saisir mon code',
    verifying: 'Vérification de votre réservation…',
    occupancyLabel: 'Occupation du site',
    occupancy: (present: number, booked: number, capacity: number) =>
      `${plural(present, 'présent·e', 'présent·es')} · ${plural(booked, 'réservation', 'réservations')} · ${plural(capacity, 'poste', 'postes')}`,
    hostMessageLabel: 'Message de l’équipe du site',
    settingsButton: 'Réglages de la borne',
  },
  camera: {
    videoLabel: 'Image de la caméra',
    opening: 'Ouverture de la caméra…',
    retry: 'Réessayer la caméra',
    useCode: 'Vous pouvez toujours saisir votre code.',
    problems: {
      denied: {
        title: 'Accès à la caméra refusé',
        detail:
          'Autorisez la caméra pour cette page\u00a0: touchez le cadenas à gauche de l’adresse, puis «\u00a0Autorisations\u00a0» › «\u00a0Caméra\u00a0» › «\u00a0Autoriser\u00a0», et rechargez la page.',
      },
      'not-found': {
        title: 'Aucune caméra détectée',
        detail: 'Cet appareil n’a pas de caméra utilisable.',
      },
      busy: {
        title: 'Caméra occupée',
        detail: 'Une autre application utilise la caméra\u00a0: fermez-la, puis réessayez.',
      },
      insecure: {
        title: 'Caméra bloquée par le navigateur',
        detail:
          'La caméra ne fonctionne que sur une adresse sécurisée (https). Demandez à l’équipe du site d’ouvrir la borne en https.',
      },
      ended: {
        title: 'Caméra déconnectée',
        detail: 'La caméra s’est arrêtée. Vérifiez son branchement, puis réessayez.',
      },
      other: {
        title: 'Caméra indisponible',
        detail: 'La caméra n’a pas pu démarrer.',
      },
    },
  },
  typing: {
    title: 'Saisissez le code de votre réservation ou de votre inscription',
    codeLabel: 'Code de réservation ou d’inscription à un événement',
    codeHint: (length: number) =>
      `${length} caractères, inscrits sous votre QR code (exemple\u00a0: AB3D-EF7H)`,
    keypadLabel: 'Clavier',
    erase: 'Effacer le dernier caractère',
  },
  greeting: {
    welcome: (givenName: string, deskLabel: string) =>
      `Bienvenue ${givenName} — poste ${deskLabel}`,
    planAlt: (zone: string) => `Plan de la zone ${zone}, votre poste y est marqué d’un point.`,
    planCaption: 'Votre poste sur le plan',
    zonePlanAlt: (zone: string) => `Plan de la zone ${zone}.`,
    zonePlanCaption: (zone: string) => `Plan de la zone ${zone}`,
    alreadyCheckedIn: (givenName: string, time: string) =>
      `${givenName}, vous êtes déjà enregistré·e depuis ${time}`,
    checkOut: 'Enregistrer mon départ',
    checkingOut: 'Enregistrement du départ…',
    stay: 'Je reste',
    goodbye: (givenName: string) => `Au revoir ${givenName}`,
    checkedOutAt: (time: string, deskLabel: string) =>
      `Départ enregistré à ${time} — poste ${deskLabel}`,
    alreadyCheckedOut: (deskLabel: string) =>
      `Votre départ du poste ${deskLabel} était déjà enregistré.`,
    eventWelcome: (givenName: string) => `Bienvenue ${givenName}, votre arrivée est enregistrée`,
    eventAlreadyCheckedIn: (givenName: string, time: string) =>
      `${givenName}, votre arrivée est déjà enregistrée depuis ${time}`,
    eventDetail: (eventTitle: string, zone: string) =>
      zone.trim() === '' ? `Événement « ${eventTitle} »` : `Événement « ${eventTitle} » — ${zone}`,
    guestWelcome: (givenName: string) => `Bienvenue, ${givenName}`,
    guestAlreadyCheckedIn: (givenName: string, time: string) =>
      `${givenName}, vous êtes déjà arrivé·e depuis ${time}`,
    guestInvitedBy: (inviter: string) => `Invité·e de ${inviter}`,
    offlineNote: 'Borne hors ligne\u00a0: votre arrivée sera transmise dès le retour du réseau.',
  },
  refusal: {
    checkInTitle: 'Enregistrement impossible',
    checkOutTitle: 'Départ non enregistré',
    tooManyAttempts: 'Trop de codes erronés\u00a0: patientez une minute avant de réessayer.',
    offline: {
      'typed-code':
        'La borne est hors ligne\u00a0: seuls les QR codes fonctionnent. Présentez le QR code de votre réservation (application AdmZ ou courriel de confirmation).',
      'person-pass':
        'La borne est hors ligne\u00a0: un pass personnel ne permet pas de réserver un poste sans réseau. Présentez le QR code d’une réservation, ou réessayez plus tard.',
      'guest-pass':
        'La borne est hors ligne\u00a0: l’arrivée d’une personne invitée a besoin du réseau. Adressez-vous à l’accueil, ou réessayez dans quelques instants.',
      'wrong-site': 'Ce QR code concerne une réservation dans un autre site.',
      expired: 'Ce QR code a expiré\u00a0: affichez-le de nouveau dans l’application AdmZ.',
      'outside-window': 'Cette réservation ne peut pas être enregistrée à cette heure-ci.',
      'unknown-key':
        'La borne est hors ligne et ne peut pas vérifier ce QR code. Réessayez au retour du réseau.',
      'no-keys':
        'La borne est hors ligne et n’a pas encore de quoi vérifier les QR codes. Réessayez au retour du réseau.',
      'not-genuine': 'Ce QR code n’est pas reconnu.',
      unreadable: 'QR code illisible.',
      'check-out': 'La borne est hors ligne\u00a0: votre départ n’a pas pu être enregistré.',
      'walk-in': 'La borne est hors ligne\u00a0: le poste n’a pas pu être réservé.',
    },
  },
  walkIn: {
    title: (givenName: string) => `Bonjour ${givenName}`,
    intro:
      'Vous n’avez pas de réservation en ce moment. Touchez un poste libre\u00a0: il est réservé pour vous et votre arrivée est enregistrée.',
    slotsLabel: 'Jusqu’à quand\u00a0?',
    until: (time: string) => `Jusqu’à ${time}`,
    desksHeading: (time: string) => `Bureaux libres jusqu’à ${time}`,
    noFreeDesk: 'Aucun poste libre sur ce créneau.',
    noOption: 'Aucun poste ne peut être réservé maintenant. Adressez-vous à l’équipe du site.',
    booking: 'Réservation du poste…',
  },
  offline: {
    regionLabel: 'État de la connexion de la borne',
    banner: (count: number) =>
      `Hors ligne — ${count === 0 ? 'aucune arrivée' : plural(count, 'arrivée', 'arrivées')} en attente d’envoi`,
    sending: (count: number) =>
      `Envoi de ${plural(count, 'arrivée enregistrée', 'arrivées enregistrées')} hors ligne…`,
    sent: (count: number) =>
      `${plural(count, 'arrivée enregistrée hors ligne envoyée', 'arrivées enregistrées hors ligne envoyées')}.`,
    refused: (givenName: string, reason: string) => `Refusée pour ${givenName}\u00a0: ${reason}`,
  },
  settings: {
    confirmTitle: 'Réglages de la borne',
    confirmText:
      'Ces réglages sont réservés aux gestionnaires du site\u00a0: saisissez le code des réglages. Si vous venez pour votre arrivée, touchez «\u00a0Annuler\u00a0».',
    pinLabel: 'Code des réglages',
    pinHint:
      'De 4 à 8 chiffres, fixé par un gestionnaire sur la page «\u00a0Bornes d’accueil\u00a0».',
    pinMissing: 'Saisissez le code des réglages.',
    offline:
      'Hors connexion, les réglages ne s’ouvrent pas\u00a0: le code est vérifié par le serveur. Réessayez au retour du réseau.',
    open: 'Ouvrir les réglages',
    title: 'Réglages de la borne',
    preventLeaving: 'Empêcher de quitter la page',
    preventLeavingHint:
      'Affiche la borne en plein écran, bloque le retour arrière et demande confirmation avant de quitter ou de recharger la page.',
    sound: 'Son à chaque scan',
    soundHint: 'Un son bref et clair pour une arrivée, plus grave pour un refus.',
    testSound: 'Tester le son',
    about: (name: string, siteName: string, version: string) =>
      `Borne «\u00a0${name}\u00a0» du site ${siteName} — version ${version}`,
    close: 'Fermer les réglages',
  },
};

export type Messages = typeof messagesFr;
