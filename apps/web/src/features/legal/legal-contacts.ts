// Placeholder addresses, to be confirmed by the team that runs AdmZ (see « Mentions légales »).
export const dataProtectionOfficerEmail = 'dpd@admz.beta.gouv.fr';
export const accessibilityContactEmail = 'accessibilite@admz.beta.gouv.fr';
export const securityContactEmail = 'securite@admz.beta.gouv.fr';
