import {
  bookingSlotSchema,
  eventStatusSchema,
  myDataSchema,
  registrationModeSchema,
} from '@admz/shared';
import { z } from 'zod';
import { column } from '../database/typed-query';

/** The rows « Mes données » reads, each checked as it arrives (my-data.service.ts maps them). */

export const identityRow = z.object({
  id: column.id,
  sub: column.text,
  given_name: column.text,
  usual_name: column.text,
  email: column.text,
  uid: column.text.nullable(),
  siret: column.text.nullable(),
  idp_id: column.text.nullable(),
  organization_label: column.text.nullable(),
  is_admin: column.boolean,
  created_at: column.instant,
  last_login_at: column.instant.nullable(),
  calendar_token_created_at: column.instant.nullable(),
  has_calendar_feed: column.boolean,
});

export const siteRoleRow = z.object({
  site_id: column.id,
  site_name: column.text,
  role: myDataSchema.shape.siteRoles.def.element.shape.role,
});

export const assignedDeskRow = z.object({
  site_name: column.text,
  label: column.text,
  zone: column.text,
});

export const bookingRow = z.object({
  id: column.id,
  site_name: column.text,
  timezone: column.text,
  label: column.text,
  zone: column.text,
  local_date: column.date,
  slot: myDataSchema.shape.bookings.def.element.shape.slot,
  starts_at: column.instant,
  ends_at: column.instant,
  status: myDataSchema.shape.bookings.def.element.shape.status,
  is_walk_in: column.boolean,
  series_id: column.id.nullable(),
  created_at: column.instant,
  cancelled_at: column.instant.nullable(),
  checked_in_at: column.instant.nullable(),
  kiosk_name: column.text.nullable(),
  checked_out_at: column.instant.nullable(),
  released_at: column.instant.nullable(),
  mail_qr_used_at: column.instant.nullable(),
  reminded_at: column.instant.nullable(),
  presence: column.boolean.nullable(),
});

export const seriesRow = z.object({
  id: column.id,
  site_name: column.text,
  label: column.text,
  slot: myDataSchema.shape.bookingSeries.def.element.shape.slot,
  weekdays: z.array(z.coerce.number().int()),
  from_date: column.date,
  until_date: column.date,
  created_at: column.instant,
  cancelled_at: column.instant.nullable(),
});

export const waitlistEntryRow = z.object({
  id: column.id,
  site_name: column.text,
  local_date: column.date,
  slot: myDataSchema.shape.waitlistEntries.def.element.shape.slot,
  zone: column.text.nullable(),
  status: myDataSchema.shape.waitlistEntries.def.element.shape.status,
  created_at: column.instant,
  promoted_at: column.instant.nullable(),
  ended_at: column.instant.nullable(),
});

export const offlineScanRow = z.object({
  booking_id: column.id.nullable(),
  kiosk_name: column.text,
  outcome: myDataSchema.shape.offlineScans.def.element.shape.outcome,
  message: column.text.nullable(),
  scanned_at: column.instant,
  received_at: column.instant,
});

export const sessionRow = z.object({
  id: column.id,
  created_at: column.instant,
  expires_at: column.instant,
});

export const keptMailRow = z.object({
  created_at: column.instant,
  subject: column.text,
});

export const auditEventRow = z.object({
  at: column.instant,
  kind: myDataSchema.shape.auditEvents.def.element.shape.kind,
  is_actor: column.boolean,
  site_name: column.text.nullable(),
  subject: column.text,
});

/** A booking the departing person still holds, as the cancellation step needs it. */
export const bookingToCancelRow = z.object({
  id: column.id,
  site_id: column.id,
  local_date: column.date,
  slot: bookingSlotSchema,
  series_id: column.id.nullable(),
});

export function toBookingToCancel(row: z.output<typeof bookingToCancelRow>) {
  return {
    id: row.id,
    siteId: row.site_id,
    localDate: row.local_date,
    slot: row.slot,
    seriesId: row.series_id,
  };
}

export const statisticsMonthRow = z.object({
  site_name: column.text,
  month: column.text,
  visit_days: column.integer,
  first_day: column.date,
  last_day: column.date,
});

export const eventRegistrationRow = z.object({
  title: column.text,
  site_name: column.text,
  local_date: column.date,
  mode: registrationModeSchema,
  status: z.enum(['registered', 'waiting', 'cancelled']),
  created_at: column.instant,
  cancelled_at: column.instant.nullable(),
});

export const guestInvitationRow = z.object({
  site_name: column.text,
  local_date: column.date,
  given_name: column.text.nullable(),
  usual_name: column.text.nullable(),
  organisation: column.text.nullable(),
  status: z.enum(['pending', 'approved', 'declined', 'cancelled']),
  created_at: column.instant,
});

export const eventProposalRow = z.object({
  title: column.text,
  site_name: column.text,
  local_date: column.date,
  status: eventStatusSchema,
  created_at: column.instant,
});
