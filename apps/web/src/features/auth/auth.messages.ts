import { defineMessages } from '../../i18n/language';

const fr = {
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
};

/** The shape of these texts, which the English half (auth.messages.en.ts) follows. */
export type AuthMessages = typeof fr;

/** Logging in, and the door for those who are not public servants. */
export const authMessages = defineMessages({
  fr,
  // Loaded only once English is chosen (auth.messages.en.ts): the French pages do not carry it.
  en: () => import('./auth.messages.en'),
});
