import { activeBookingStatuses } from '@admz/shared';

/**
 * `status IN ('confirmed', 'checked_in')` for the bookings that hold their desk, written from the
 * shared list as a literal (not a parameter), so the planner matches the exclusion constraints'
 * partial indexes.
 */
export function isActiveBookingSql(alias?: string): string {
  const column = alias ? `${alias}.status` : 'status';
  return `${column} IN (${activeBookingStatuses.map((status) => `'${status}'`).join(', ')})`;
}
