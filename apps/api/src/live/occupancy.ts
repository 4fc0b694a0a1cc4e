import { occupancySchema, type Occupancy } from '@admz/shared';
import { isActiveBookingSql } from '../bookings/active-bookings';
import { queryOneRow, type Queryable } from '../database/typed-query';

/**
 * A site's occupancy now: people checked in (until they leave or the site closes), bookings
 * running now, and active desks. One round trip.
 */
export async function readOccupancy(db: Queryable, siteId: string, now: Date): Promise<Occupancy> {
  return queryOneRow(
    db,
    occupancySchema,
    `SELECT
       (SELECT count(*)::int FROM bookings WHERE site_id = $1 AND status = 'checked_in') AS present,
       (SELECT count(*)::int FROM bookings WHERE site_id = $1 AND ${isActiveBookingSql()}
          AND starts_at <= $2 AND ends_at > $2) AS booked,
       (SELECT count(*)::int FROM desks WHERE site_id = $1 AND is_active) AS capacity`,
    [siteId, now],
  );
}
