import type { AuthMessages } from './auth.messages';

/** The sign-in texts in English, loaded once English is chosen (auth.messages.ts). */
const en: AuthMessages = {
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
    retry: 'If you are a public servant, log in again with your work account (not a personal one).',
    inviteTitle: 'Not a public servant? Get invited',
    invite:
      'Ask a public servant to invite you: they give your name, your e-mail address, your organisation and the day of your visit in AdmZ (« Invite someone »). Once the site team approves the invitation, you receive by e-mail a link to your QR access code, to show at the check-in kiosk. No account is needed.',
    home: 'Back to the home page',
  },
};

export default en;
