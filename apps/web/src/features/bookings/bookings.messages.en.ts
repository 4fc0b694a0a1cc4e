import type { BookingsMessages } from './bookings.messages';

/** The booking page’s texts in English, loaded once English is chosen (bookings.messages.ts). */
const en: BookingsMessages = {
  bookPage: {
    title: 'Book a desk',
    lead: 'Choose a day and a slot: AdmZ finds you a free desk, or pick one from the free desks.',
  },
  bookDesk: {
    views: { list: 'List of desks', calendar: 'Calendar', plan: 'Floor plan' },
    viewsLegend: 'Display',
    loadingSites: 'Loading sites…',
    noSites: 'No site is open for booking yet.',
    noSitesHint: 'Come back soon: the first sites are being prepared.',
    pastDay: (requested: string, today: string) =>
      `${requested} has passed: bookings start from today. The page shows today, ${today}.`,
    nextOpenDay: (date: string) => `See the next opening day (${date})`,
    loadingDesks: 'Loading desks…',
    closedTitle: 'The site is closed that day',
    closedReason: 'No opening is planned that day.',
    noOpeningSoon: 'No opening is planned in the coming month.',
    noDesks: 'No desk can be booked on this site for now.',
    heldZoneBefore: (zone: string) => `Zone ${zone} hosts `,
    eventTitle: (title: string) => `“${title}”`,
    heldZoneAfter: (start: string, end: string) =>
      ` from ${start} to ${end}: its desks cannot be booked on this slot.`,
    notYetOpenTitle: 'This day is not open for booking yet',
    notYetOpen: (window: string, date: string, opensOn: string, lastDay: string) =>
      `On this site, ${window}: ${date} can be booked from ${opensOn}. The last day you can book today is ${lastDay}.`,
    seeDay: (date: string) => `See ${date}`,
    chooseSlot: 'Choose a slot: AdmZ then offers you a free desk, or the list of free desks.',
    noMatchingDesk: 'No desk matches these criteria.',
    severalDays: 'Book several days',
  },
  slotPicker: {
    legend: 'Slot',
    past: 'past',
    full: 'full',
    free: (count: number) => `${count} free`,
  },
  slotBooking: {
    freeDesks: (freeCount: number, total: number) => {
      const desks = `${total} desk${total === 1 ? '' : 's'}`;
      if (freeCount === 0) return `No free desk out of ${desks} for this slot.`;
      return `${freeCount} free desk${freeCount === 1 ? '' : 's'} out of ${desks} for this slot.`;
    },
    alreadyBooked: (desk: string) => `You already have desk ${desk} on this slot.`,
    slotPast: 'This slot is over: choose another one or another day.',
    allTaken:
      'All desks are taken on this slot: try another slot, another day, or the waiting list.',
    noneOpen: 'No desk is open to you on this slot: the site’s rules or an event hold them.',
    shortAlreadyBooked: 'You already have a desk',
    shortPast: 'Slot over',
    shortUnavailable: 'Unavailable',
    booking: 'Booking…',
    anyDesk: 'Any free desk',
    anyDeskHint:
      'AdmZ picks a desk for you in your usual zone, with the equipment you usually book.',
    seeMyBookings: 'See my bookings',
    orChoose: 'Or choose a desk',
  },
  deskFilters: {
    zone: 'Zone',
    allZones: 'All zones',
    equipment: 'Equipment wanted',
  },
  deskGrid: {
    label: (slot: string) => `Free desks — ${slot}`,
    mine: 'Your booking',
    taken: 'Taken',
    unavailable: 'Unavailable',
    bookLabel: (desk: string, slot: string) => `Book ${desk} ${slot}`,
    booking: 'Booking…',
    book: 'Book',
  },
  result: {
    confirmed: 'Booking confirmed',
    failed: 'The booking did not go through',
    success: (
      desk: string,
      zone: string,
      site: string,
      date: string,
      slot: string,
      start: string,
      end: string,
    ) =>
      `Desk ${desk} (${zone}) at ${site}, ${date}, ${slot.toLowerCase()} from ${start} to ${end}.`,
    showPass: 'Show my access QR code',
    seeMyBookings: 'See my bookings',
  },
  calendars: {
    loading: 'Loading the calendar…',
    loadingPlans: 'Loading the floor plans…',
    bookingEvent: 'Booking',
    noBookings: 'No booking in this period.',
    bookingTitle: (slot: string, desk: string, site: string, status: string) =>
      `${slot} · desk ${desk} · ${site} (${status})`,
    slotEvent: 'Slot',
    noOpening: 'No opening in this period.',
    siteHint:
      'Choose a free slot to see the available desks and book. The list of desks stays available without the calendar.',
  },
};

export default en;
