import {
  deskAssignmentSchema,
  hoursChangeConflictSchema,
  openingHoursSchema,
  sitePersonSchema,
  siteRulesSchema,
  siteSchema,
  type AffectedBooking,
  type DeskAssignment,
  type OpeningExceptionInput,
  type OpeningHours,
  type ReplaceWeeklyOpening,
  type Site,
  type SitePerson,
  type SiteRules,
  type updateSiteSchema,
} from '@admz/shared';
import { z } from 'zod/mini';
import { isApiError, requestApi } from '../../api-client';

/** What a PATCH of the site sends: only the fields that change, `confirm` once the host agreed. */
export type SiteChanges = z.input<typeof updateSiteSchema>;

const sitePath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}`;

export function fetchOpeningHours(siteId: string): Promise<OpeningHours> {
  return requestApi(`${sitePath(siteId)}/opening-hours`, openingHoursSchema);
}

export function replaceWeeklyOpening(
  siteId: string,
  body: ReplaceWeeklyOpening,
): Promise<OpeningHours> {
  return requestApi(`${sitePath(siteId)}/opening-hours/weekly`, openingHoursSchema, {
    method: 'PUT',
    body,
  });
}

export function putOpeningException(
  siteId: string,
  date: string,
  body: OpeningExceptionInput,
): Promise<OpeningHours> {
  return requestApi(
    `${sitePath(siteId)}/opening-hours/exceptions/${encodeURIComponent(date)}`,
    openingHoursSchema,
    { method: 'PUT', body },
  );
}

/** Without `isConfirmed`, a removal that would cancel bookings answers 409 with their list. */
export function deleteOpeningException(
  siteId: string,
  date: string,
  isConfirmed: boolean,
): Promise<OpeningHours> {
  return requestApi(
    `${sitePath(siteId)}/opening-hours/exceptions/${encodeURIComponent(date)}${isConfirmed ? '?confirm=true' : ''}`,
    openingHoursSchema,
    { method: 'DELETE' },
  );
}

/**
 * The bookings a refused change of hours would cancel (409), or null for any other error: weekly
 * hours, an exception set or removed, the site's timezone, holiday region or extended hours.
 */
export function readAffectedBookings(error: unknown): AffectedBooking[] | null {
  if (!isApiError(error, 409)) return null;
  const parsed = hoursChangeConflictSchema.safeParse(error.payload);
  return parsed.success ? parsed.data.affectedBookings : null;
}

export function updateSite(siteId: string, body: SiteChanges): Promise<Site> {
  return requestApi(sitePath(siteId), siteSchema, { method: 'PATCH', body });
}

export function fetchSiteRules(siteId: string): Promise<SiteRules> {
  return requestApi(`${sitePath(siteId)}/rules`, siteRulesSchema);
}

export function updateSiteRules(siteId: string, body: SiteRules): Promise<SiteRules> {
  return requestApi(`${sitePath(siteId)}/rules`, siteRulesSchema, { method: 'PUT', body });
}

export function fetchKeyHolders(siteId: string): Promise<SitePerson[]> {
  return requestApi(`${sitePath(siteId)}/key-holders`, z.array(sitePersonSchema));
}

export function addKeyHolder(siteId: string, email: string): Promise<SitePerson[]> {
  return requestApi(`${sitePath(siteId)}/key-holders`, z.array(sitePersonSchema), {
    method: 'PUT',
    body: { email },
  });
}

export function removeKeyHolder(siteId: string, userId: string): Promise<SitePerson[]> {
  return requestApi(
    `${sitePath(siteId)}/key-holders/${encodeURIComponent(userId)}`,
    z.array(sitePersonSchema),
    { method: 'DELETE' },
  );
}

export function fetchDeskAssignments(siteId: string): Promise<DeskAssignment[]> {
  return requestApi(`${sitePath(siteId)}/desk-assignments`, z.array(deskAssignmentSchema));
}

export function assignDesk(
  siteId: string,
  deskId: string,
  email: string | null,
): Promise<DeskAssignment[]> {
  return requestApi(
    `${sitePath(siteId)}/desk-assignments/${encodeURIComponent(deskId)}`,
    z.array(deskAssignmentSchema),
    { method: 'PUT', body: { email } },
  );
}
