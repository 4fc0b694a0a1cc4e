import { bookingSlotSchema, sitePhotoContentTypes, type SitePhoto } from '@admz/shared';
import { z } from 'zod';
import { column, queryAffectedCount, queryRows, type Queryable } from '../database/typed-query';

/**
 * The SQL of a site's life as admins run it: its photo (stored like zone plans, in the
 * database), archiving and restoring it, and the bookings an archive would cancel.
 */

const photoMetaRow = z.object({
  site_id: column.id,
  content_type: z.enum(sitePhotoContentTypes),
  sha256: column.text,
  size_bytes: column.integer,
  updated_at: column.instant,
});

export function sitePhotoUrl(siteId: string, sha256: string): string {
  return `/api/sites/${siteId}/photo?v=${sha256.slice(0, 16)}`;
}

/** The photo of each site asked (every site when `siteIds` is null), without the image bytes. */
export async function readSitePhotoMetas(
  db: Queryable,
  siteIds: readonly string[] | null,
): Promise<Map<string, SitePhoto>> {
  const rows = await queryRows(
    db,
    photoMetaRow,
    `SELECT site_id, content_type, sha256, octet_length(image)::int AS size_bytes, updated_at
     FROM site_photos WHERE $1::uuid[] IS NULL OR site_id = ANY($1::uuid[])`,
    [siteIds],
  );
  return new Map(
    rows.map((row) => [
      row.site_id,
      {
        contentType: row.content_type,
        sizeBytes: row.size_bytes,
        updatedAt: row.updated_at.toISOString(),
        url: sitePhotoUrl(row.site_id, row.sha256),
      },
    ]),
  );
}

const photoRow = z.object({
  image: z.instanceof(Buffer),
  content_type: z.enum(sitePhotoContentTypes),
  sha256: column.text,
});

export async function readSitePhoto(db: Queryable, siteId: string) {
  const [row] = await queryRows(
    db,
    photoRow,
    `SELECT image, content_type, sha256 FROM site_photos WHERE site_id = $1`,
    [siteId],
  );
  return row;
}

export async function upsertSitePhoto(
  db: Queryable,
  photo: { siteId: string; image: Buffer; contentType: string; sha256: string; at: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO site_photos (site_id, image, content_type, sha256, updated_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (site_id) DO UPDATE
       SET image = excluded.image, content_type = excluded.content_type,
           sha256 = excluded.sha256, updated_at = excluded.updated_at`,
    [photo.siteId, photo.image, photo.contentType, photo.sha256, photo.at],
  );
}

/** True when the site had a photo. */
export async function deleteSitePhoto(db: Queryable, siteId: string): Promise<boolean> {
  return (await queryAffectedCount(db, `DELETE FROM site_photos WHERE site_id = $1`, [siteId])) > 0;
}

/** Holds the site's row until the transaction ends: a booking being made there finishes first. */
export async function lockSite(db: Queryable, siteId: string): Promise<boolean> {
  const rows = await queryRows(
    db,
    z.object({ id: column.id }),
    `SELECT id FROM sites WHERE id = $1 FOR UPDATE`,
    [siteId],
  );
  return rows.length > 0;
}

/** True when the site was active and is now archived. */
export async function archiveSiteRow(db: Queryable, siteId: string, at: Date): Promise<boolean> {
  const changed = await queryAffectedCount(
    db,
    `UPDATE sites SET archived_at = $2 WHERE id = $1 AND archived_at IS NULL`,
    [siteId, at],
  );
  return changed > 0;
}

/** True when the site was archived and is now active again. */
export async function restoreSiteRow(db: Queryable, siteId: string): Promise<boolean> {
  const changed = await queryAffectedCount(
    db,
    `UPDATE sites SET archived_at = NULL WHERE id = $1 AND archived_at IS NOT NULL`,
    [siteId],
  );
  return changed > 0;
}

const futureBookingRow = z.object({
  id: column.id,
  slot: bookingSlotSchema,
  date: column.date,
  startsAt: column.instant,
  endsAt: column.instant,
  givenName: column.text,
  usualName: column.text,
  email: column.text,
  label: column.text,
  zone: column.text,
});
export type FutureBooking = z.output<typeof futureBookingRow>;

/** Confirmed bookings of the site not yet over, first first: what archiving would cancel. */
export function listFutureBookingsOfSite(
  db: Queryable,
  siteId: string,
  now: Date,
): Promise<FutureBooking[]> {
  return queryRows(
    db,
    futureBookingRow,
    `SELECT b.id, b.slot, b.local_date AS "date", b.starts_at AS "startsAt", b.ends_at AS "endsAt",
            u.given_name AS "givenName", u.usual_name AS "usualName", u.email, d.label, d.zone
     FROM bookings b JOIN users u ON u.id = b.user_id JOIN desks d ON d.id = b.desk_id
     WHERE b.site_id = $1 AND b.status = 'confirmed' AND b.ends_at > $2
     ORDER BY b.starts_at, d.label`,
    [siteId, now],
  );
}

/** Cancels the bookings still confirmed among `bookingIds`; the ids it cancelled. */
export async function cancelBookings(
  db: Queryable,
  bookingIds: readonly string[],
  now: Date,
): Promise<string[]> {
  if (bookingIds.length === 0) return [];
  const rows = await queryRows(
    db,
    z.object({ id: column.id }),
    `UPDATE bookings SET status = 'cancelled', cancelled_at = $2
     WHERE id = ANY($1::uuid[]) AND status = 'confirmed' RETURNING id`,
    [bookingIds, now],
  );
  return rows.map((row) => row.id);
}

/** Nobody waits any more for a desk of an archived site. */
export async function endWaitingEntriesOfSite(
  db: Queryable,
  siteId: string,
  now: Date,
): Promise<number> {
  return queryAffectedCount(
    db,
    `UPDATE waitlist_entries SET status = 'cancelled', ended_at = $2
     WHERE site_id = $1 AND status = 'waiting'`,
    [siteId, now],
  );
}
