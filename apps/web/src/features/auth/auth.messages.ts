import { defineMessages } from '../../i18n/language';

/** Logging in, and the door for those who are not public servants. */
export const authMessages = defineMessages({
  fr: {
    login: {
      pageTitle: 'Connexion',
      title: 'Connexion à AdmZ',
      lead: "Réservez un poste dans les tiers-lieux de l'État, retrouvez vos réservations et votre QR code d'accès.",
      audience:
        'AdmZ est ouvert aux agents publics de toutes les administrations : ministères, services déconcentrés, opérateurs et collectivités. Connectez-vous avec votre compte professionnel.',
      publicAgenda: 'Voir l’agenda public des événements, sans se connecter',
    },
    loginErrors: {
      access_denied:
        'Vous avez annulé la connexion. Vous pouvez recommencer quand vous le souhaitez.',
      login_required: 'Votre session ProConnect a expiré : connectez-vous à nouveau.',
      attempt_expired:
        'La connexion a pris trop de temps ou ce lien a déjà servi. Recommencez la connexion.',
      invalid_response:
        "La réponse de ProConnect n'a pas pu être vérifiée. Recommencez ; si cela persiste, contactez l'équipe AdmZ.",
      insufficient_acr:
        "Votre méthode d'authentification n'est pas assez forte pour AdmZ : connectez-vous avec une double authentification.",
      provider_unavailable:
        'ProConnect ne répond pas pour le moment. Réessayez dans quelques minutes.',
      server_error: 'Une erreur est survenue pendant la connexion. Réessayez dans un instant.',
      other: 'La connexion a échoué. Réessayez dans un instant.',
    },
    logoutError:
      "Votre session AdmZ est fermée, mais ProConnect n'a pas confirmé la déconnexion : fermez votre navigateur sur un poste partagé.",
    accessDenied: {
      title: 'Accès refusé',
      lead: "AdmZ est réservé aux agents publics : votre compte n'a pas été reconnu comme celui d'un agent de l'administration.",
      why: "Lors de la connexion, ProConnect nous transmet l'organisation à laquelle votre compte est rattaché. AdmZ n'ouvre l'accès qu'aux comptes d'une administration, d'un opérateur ou d'une collectivité.",
      retry:
        'Si vous êtes agent public, reconnectez-vous avec votre compte professionnel (et non un compte personnel).',
      inviteTitle: "Vous n'êtes pas agent public ? Faites-vous inviter",
      invite:
        "Demandez à un agent public de vous inviter : il indique votre nom, votre adresse électronique, votre organisation et le jour de votre venue dans AdmZ (« Inviter une personne »). Une fois l'invitation validée par l'équipe du tiers-lieu, vous recevez par courriel un lien vers votre QR code d'accès, à présenter à la borne d'accueil. Aucun compte n'est nécessaire.",
      home: "Retour à l'accueil",
    },
  },
  en: {
    login: {
      pageTitle: 'Log in',
      title: 'Log in to AdmZ',
      lead: "Book a desk in the State's co-working spaces, find your bookings and your QR access code.",
      audience:
        'AdmZ is open to public servants of every administration: ministries, regional services, public bodies and local authorities. Log in with your work account.',
      publicAgenda: 'See the public events agenda, without logging in',
    },
    loginErrors: {
      access_denied: 'You cancelled the login. You can start again whenever you like.',
      login_required: 'Your ProConnect session has expired: please log in again.',
      attempt_expired: 'The login took too long or this link was already used. Log in again.',
      invalid_response:
        'The answer from ProConnect could not be verified. Try again; if it keeps happening, contact the AdmZ team.',
      insufficient_acr:
        'Your authentication method is not strong enough for AdmZ: log in with two-factor authentication.',
      provider_unavailable: 'ProConnect is not answering right now. Try again in a few minutes.',
      server_error: 'Something went wrong during the login. Try again in a moment.',
      other: 'The login failed. Try again in a moment.',
    },
    logoutError:
      'Your AdmZ session is closed, but ProConnect did not confirm the logout: close your browser if this computer is shared.',
    accessDenied: {
      title: 'Access denied',
      lead: 'AdmZ is for public servants only: your account was not recognised as that of a public servant.',
      why: 'When you log in, ProConnect tells us which organisation your account belongs to. AdmZ only opens to accounts of an administration, a public body or a local authority.',
      retry:
        'If you are a public servant, log in again with your work account (not a personal one).',
      inviteTitle: 'Not a public servant? Get invited',
      invite:
        'Ask a public servant to invite you: they give your name, your e-mail address, your organisation and the day of your visit in AdmZ (« Invite someone »). Once the site team approves the invitation, you receive by e-mail a link to your QR access code, to show at the check-in kiosk. No account is needed.',
      home: 'Back to the home page',
    },
  },
});
