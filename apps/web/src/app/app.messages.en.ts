import type { AppMessages } from './app.messages';

/** The frame’s texts in English, loaded once English is chosen (app.messages.ts). */
const en: AppMessages = {
  tagline: "Book a desk in the State's co-working spaces",
  homeTitle: 'Home – AdmZ',
  skipLinks: { content: 'Content', footer: 'Footer' },
  menus: {
    book: 'Book',
    meet: 'Meet',
    events: 'Events',
    host: 'Run a site',
    admin: 'AdmZ network',
  },
  links: {
    bookDesk: 'Book a desk',
    bookRoom: 'Book a room',
    myBookings: 'My bookings',
    myPass: 'My pass',
    whoIsHere: 'Who is here?',
    invite: 'Invite someone',
    eventsAgenda: 'Events agenda',
    myEvents: 'My events',
    proposeEvent: 'Propose an event',
    eventArchive: 'Events archive',
    todayBoard: "Today's board",
    desksAndZones: 'Desks and zones',
    eventsToValidate: 'Events to approve',
    guestsToValidate: 'Invitations to approve',
    siteSettings: 'Site settings',
    siteStatistics: 'Site statistics',
    zonePlans: 'Zone plans',
    kiosks: 'Check-in kiosks',
    networkSites: 'Sites',
    hosts: 'Hosts',
    auditLog: 'Audit log',
    devOutbox: 'Outbox (dev.)',
  },
  myData: 'My data',
  logOut: 'Log out',
  footer: {
    description:
      "AdmZ is the State's shared workspace: public servants of every administration book a desk there, meet and build together.",
    personalData: 'Personal data',
    publicAgenda: 'Public agenda',
    openStatistics: 'Open statistics',
  },
  errorPage: {
    title: 'Unexpected error',
    lead: 'Sorry, this page ran into a problem. Reload it or go back to the home page.',
    reload: 'Reload the page',
    home: 'Back to the home page',
  },
  notFound: {
    title: 'Page not found',
    code: 'Error 404',
    lead: 'The page you are looking for cannot be found. We apologise for the inconvenience.',
    hint: 'If you typed the address in the browser, check that it is correct. The page may no longer be available.',
    home: 'Home page',
  },
  states: {
    loading: 'Loading…',
    errorTitle: 'Something went wrong',
    unexpected: 'An unexpected error occurred. Try again in a moment.',
    retry: 'Try again',
  },
};

export default en;
