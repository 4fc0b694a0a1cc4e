import type { Occupancy } from '@admz/shared';
import type { DataSource } from 'typeorm';
import { onlyRow } from '../database/rows';
import { isActiveBookingSql } from '../bookings/active-bookings';

/**
 * A site's occupancy now: people checked in (until they leave or the site closes), bookings
 * running now, and active desks. One round trip.
 */
export async function readOccupancy(
  dataSource: DataSource,
  siteId: string,
  now: Date,
): Promise<Occupancy> {
  const rows: Occupancy[] = await dataSource.query(
    `SELECT
       (SELECT count(*)::int FROM bookings WHERE site_id = $1 AND status = 'checked_in') AS present,
       (SELECT count(*)::int FROM bookings WHERE site_id = $1 AND ${isActiveBookingSql()}
          AND starts_at <= $2 AND ends_at > $2) AS booked,
       (SELECT count(*)::int FROM desks WHERE site_id = $1 AND is_active) AS capacity`,
    [siteId, now],
  );
  return onlyRow(rows, 'occupancy');
}
