const loginErrorMessages: Record<string, string> = {
  access_denied: 'Vous avez annulé la connexion. Vous pouvez recommencer quand vous le souhaitez.',
  login_required: 'Votre session ProConnect a expiré : connectez-vous à nouveau.',
  attempt_expired:
    'La connexion a pris trop de temps ou ce lien a déjà servi. Recommencez la connexion.',
  invalid_response:
    "La réponse de ProConnect n'a pas pu être vérifiée. Recommencez ; si cela persiste, contactez l'équipe AdmZ.",
  insufficient_acr:
    "Votre méthode d'authentification n'est pas assez forte pour AdmZ : connectez-vous avec une double authentification.",
  provider_unavailable: 'ProConnect ne répond pas pour le moment. Réessayez dans quelques minutes.',
  server_error: 'Une erreur est survenue pendant la connexion. Réessayez dans un instant.',
};

/** The sentence for `?erreur-connexion=<code>` set by the API's login callback. */
export function describeLoginError(code: string | null): string | null {
  if (!code) return null;
  return loginErrorMessages[code] ?? 'La connexion a échoué. Réessayez dans un instant.';
}

/** The sentence for `?erreur-deconnexion=<code>`: the AdmZ session is closed in every case. */
export function describeLogoutError(code: string | null): string | null {
  if (!code) return null;
  return "Votre session AdmZ est fermée, mais ProConnect n'a pas confirmé la déconnexion : fermez votre navigateur sur un poste partagé.";
}
