import type { Messages } from './messages-fr';

const plural = (count: number, singular: string, pluralForm: string) =>
  `${count} ${count === 1 ? singular : pluralForm}`;

export const messagesEn: Messages = {
  language: {
    switchTo: 'Français',
    switchLabel: 'Afficher en français',
  },
  common: {
    brand: 'AdmZ — Front desk kiosk',
    finish: 'Done',
    cancel: 'Cancel',
    confirm: 'Confirm',
    checking: 'Checking…',
    retry: 'Try again',
    retrying: 'Trying again…',
  },
  errors: {
    network: 'Cannot reach the server, please try again.',
    unexpected: 'Something unexpected happened, please try again.',
  },
  connection: {
    connecting: 'Connecting to the server…',
    unreachableTitle: 'Cannot reach the server',
  },
  pairing: {
    title: 'Pair this kiosk',
    intro:
      'In the AdmZ web app, a host of the site creates the kiosk and gets a one-time pairing code, valid for 10 minutes. Type it here.',
    codeLabel: 'Pairing code',
    codeHint: (length: number) => `${length} characters, for example AB3D-EF7H`,
    submit: 'Pair the kiosk',
    pending: 'Pairing…',
  },
  revoked: {
    title: 'Kiosk disabled',
    explanation:
      'A host of the site disabled this kiosk, or its key is no longer recognised: it can no longer record arrivals.',
    howTo:
      'To bring it back into service, ask the site team for a new pairing code, then touch “Pair again”.',
    pairAgain: 'Pair again',
  },
  idle: {
    title: 'Scan your QR code',
    help: 'Hold the QR code of your booking, of your event registration or your AdmZ pass in front of the camera.',
    typeCode: 'Type my code',
    verifying: 'Checking your booking…',
    occupancyLabel: 'Site occupancy',
    occupancy: (present: number, booked: number, capacity: number) =>
      `${present} present · ${plural(booked, 'booking', 'bookings')} · ${plural(capacity, 'desk', 'desks')}`,
    hostMessageLabel: 'Message from the site team',
    settingsButton: 'Kiosk settings',
  },
  camera: {
    videoLabel: 'Camera view',
    opening: 'Starting the camera…',
    retry: 'Retry the camera',
    useCode: 'You can still type your code.',
    problems: {
      denied: {
        title: 'Camera access denied',
        detail:
          'Allow the camera for this page: touch the padlock left of the address, then “Permissions” › “Camera” › “Allow”, and reload the page.',
      },
      'not-found': {
        title: 'No camera found',
        detail: 'This device has no usable camera.',
      },
      busy: {
        title: 'Camera busy',
        detail: 'Another application is using the camera: close it, then try again.',
      },
      insecure: {
        title: 'Camera blocked by the browser',
        detail:
          'The camera only works on a secure address (https). Ask the site team to open the kiosk over https.',
      },
      ended: {
        title: 'Camera disconnected',
        detail: 'The camera stopped. Check its connection, then try again.',
      },
      other: {
        title: 'Camera unavailable',
        detail: 'The camera could not start.',
      },
    },
  },
  typing: {
    title: 'Type the code of your booking or event registration',
    codeLabel: 'Booking or event registration code',
    codeHint: (length: number) =>
      `${length} characters, printed under your QR code (for example AB3D-EF7H)`,
    keypadLabel: 'Keypad',
    erase: 'Delete the last character',
  },
  greeting: {
    welcome: (givenName: string, deskLabel: string) => `Welcome ${givenName} — desk ${deskLabel}`,
    planAlt: (zone: string) => `Floor plan of ${zone}, your desk is marked with a dot.`,
    planCaption: 'Your desk on the floor plan',
    zonePlanAlt: (zone: string) => `Floor plan of ${zone}.`,
    zonePlanCaption: (zone: string) => `Floor plan of ${zone}`,
    alreadyCheckedIn: (givenName: string, time: string) =>
      `${givenName}, you have been checked in since ${time}`,
    checkOut: 'Check me out',
    checkingOut: 'Checking you out…',
    stay: 'I’m staying',
    goodbye: (givenName: string) => `Goodbye ${givenName}`,
    checkedOutAt: (time: string, deskLabel: string) => `Checked out at ${time} — desk ${deskLabel}`,
    alreadyCheckedOut: (deskLabel: string) => `You had already checked out of desk ${deskLabel}.`,
    eventWelcome: (givenName: string) => `Welcome ${givenName}, your arrival is recorded`,
    eventAlreadyCheckedIn: (givenName: string, time: string) =>
      `${givenName}, your arrival was already recorded at ${time}`,
    eventDetail: (eventTitle: string, zone: string) =>
      zone.trim() === '' ? `Event “${eventTitle}”` : `Event “${eventTitle}” — ${zone}`,
    guestWelcome: (givenName: string) => `Welcome, ${givenName}`,
    guestAlreadyCheckedIn: (givenName: string, time: string) =>
      `${givenName}, you have been here since ${time}`,
    guestInvitedBy: (inviter: string) => `Guest of ${inviter}`,
    offlineNote: 'The kiosk is offline: your arrival will be sent as soon as the network is back.',
  },
  refusal: {
    checkInTitle: 'Check-in refused',
    checkOutTitle: 'Check-out not recorded',
    tooManyAttempts: 'Too many wrong codes: please wait a minute before trying again.',
    offline: {
      'typed-code':
        'The kiosk is offline: only QR codes work. Show the QR code of your booking (AdmZ app or confirmation email).',
      'person-pass':
        'The kiosk is offline: a personal pass cannot book a desk without the network. Show the QR code of a booking, or try again later.',
      'guest-pass':
        'The kiosk is offline: a guest’s arrival needs the network. Please ask at the front desk, or try again in a moment.',
      'wrong-site': 'This QR code is for a booking at another site.',
      expired: 'This QR code has expired: show it again in the AdmZ app.',
      'outside-window': 'This booking cannot be checked in at this time.',
      'unknown-key':
        'The kiosk is offline and cannot verify this QR code. Try again when the network is back.',
      'no-keys':
        'The kiosk is offline and cannot verify QR codes yet. Try again when the network is back.',
      'not-genuine': 'This QR code is not recognised.',
      unreadable: 'Unreadable QR code.',
      'check-out': 'The kiosk is offline: your check-out could not be recorded.',
      'walk-in': 'The kiosk is offline: the desk could not be booked.',
    },
  },
  walkIn: {
    title: (givenName: string) => `Hello ${givenName}`,
    intro:
      'You have no booking right now. Touch a free desk: it is booked for you and your arrival is recorded.',
    slotsLabel: 'Until when?',
    until: (time: string) => `Until ${time}`,
    desksHeading: (time: string) => `Free desks until ${time}`,
    noFreeDesk: 'No free desk for this slot.',
    noOption: 'No desk can be booked right now. Please ask the site team.',
    booking: 'Booking the desk…',
  },
  offline: {
    regionLabel: 'Kiosk connection status',
    banner: (count: number) =>
      `Offline — ${count === 0 ? 'no arrivals' : plural(count, 'arrival', 'arrivals')} waiting to be sent`,
    sending: (count: number) => `Sending ${plural(count, 'arrival', 'arrivals')} recorded offline…`,
    sent: (count: number) =>
      `${plural(count, 'arrival recorded offline was', 'arrivals recorded offline were')} sent.`,
    refused: (givenName: string, reason: string) => `Refused for ${givenName}: ${reason}`,
  },
  settings: {
    confirmTitle: 'Kiosk settings',
    confirmText:
      'These settings are for the site’s hosts: type the settings code. If you came to check in, touch “Cancel”.',
    pinLabel: 'Settings code',
    pinHint: '4 to 8 digits, set by a host on the “Bornes d’accueil” page.',
    pinMissing: 'Type the settings code.',
    offline:
      'Offline, the settings do not open: the code is checked by the server. Try again when the network is back.',
    open: 'Open the settings',
    title: 'Kiosk settings',
    preventLeaving: 'Prevent leaving the page',
    preventLeavingHint:
      'Shows the kiosk full screen, blocks the back button and asks before leaving or reloading the page.',
    sound: 'Sound on each scan',
    soundHint: 'A short bright tone for an arrival, a lower one for a refusal.',
    testSound: 'Test the sound',
    about: (name: string, siteName: string, version: string) =>
      `Kiosk “${name}” of ${siteName} — version ${version}`,
    close: 'Close the settings',
  },
};
