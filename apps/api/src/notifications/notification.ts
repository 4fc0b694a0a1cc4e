/**
 * Every mail AdmZ sends, by what caused it. Each is one job of the mail queue carrying ids, not
 * text: the worker composes the mail from the database when it sends it. A new kind does not
 * compile until `NotificationsService.compose` picks its template.
 */
export type Notification =
  | { kind: 'booking-confirmed'; bookingId: string }
  | { kind: 'booking-cancelled'; bookingId: string }
  /** A host booked for the person, or cancelled for them (who: the booking's row says). */
  | { kind: 'booking-booked-by-host'; bookingId: string }
  | { kind: 'booking-cancelled-by-host'; bookingId: string }
  /** Nobody checked in within the site's delay (`releaseMinutes`): the desk was freed. */
  | { kind: 'booking-released'; bookingId: string; releaseMinutes: number }
  | { kind: 'waitlist-promoted'; bookingId: string }
  | { kind: 'booking-reminder'; bookingId: string }
  /** One mail for a whole recurring series: the dates booked, and those refused with why. */
  | { kind: 'series-confirmed'; seriesId: string; refused: { date: string; reason: string }[] }
  /** Bookings of one person cancelled because their site's hours changed. */
  | { kind: 'hours-changed'; siteId: string; bookingIds: string[] }
  /** Bookings of one person cancelled because the site's hosts took their desk out of booking. */
  | { kind: 'desks-deactivated'; siteId: string; bookingIds: string[] }
  /** Bookings of one person cancelled because an admin archived their site (it closes). */
  | { kind: 'site-archived'; siteId: string; bookingIds: string[] }
  /** The hosts approved a proposed event (to who proposed it). */
  | { kind: 'event-approved'; eventId: string }
  /** The hosts declined a proposed event, with their reason (to who proposed it). */
  | { kind: 'event-declined'; eventId: string }
  /** Bookings of one person cancelled because an approved event holds their desk's zone. */
  | { kind: 'event-space-held'; siteId: string; eventId: string; bookingIds: string[] }
  /** The person registered to an event (or joined its waiting list). */
  | {
      kind: 'event-registered';
      registrationId: string;
      /** As registered: a waiting registration promoted before its mail gets the promotion's only. */
      status: 'registered' | 'waiting';
    }
  /** A place freed up: the person waiting is now registered in person. */
  | { kind: 'event-registration-promoted'; registrationId: string }
  /** Shortly before the start, a remote registrant gets the visio link (once). */
  | { kind: 'event-visio-link'; registrationId: string }
  /** The hosts cancelled an approved event (to each person registered or waiting, and who proposed it). */
  | { kind: 'event-cancelled'; eventId: string; userId: string }
  /** The organisers wrote to the event's registrants (to each person registered or waiting). */
  | { kind: 'event-message'; messageId: string; userId: string }
  /** A room booked for a group: to who booked it and to each person named (`email`). */
  | { kind: 'room-booking-confirmed'; roomBookingId: string; email: string }
  /** A room booking cancelled, by who booked it or by the site's hosts: to each of them. */
  | { kind: 'room-booking-cancelled'; roomBookingId: string; email: string; isByHost: boolean }
  /**
   * To a guest: their invitation was approved (or needed no approval). The mail's link is
   * created when the mail is composed (only its hash is kept), so a new mail voids the last one.
   */
  | { kind: 'guest-invitation'; invitationId: string }
  /** To the inviting agent: the hosts approved, or declined with their reason. */
  | { kind: 'guest-approved'; invitationId: string }
  | { kind: 'guest-declined'; invitationId: string };
