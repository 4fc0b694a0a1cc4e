import { bookingSlotSchema, type UpdatePresenceProfile } from '@admz/shared';
import { z } from 'zod';
import { isActiveBookingSql } from '../bookings/active-bookings';
import { column, queryAffectedCount, queryRows, type Queryable } from '../database/typed-query';

/**
 * « Qui est là ? »'s SQL. One rule, written once: a booking shows its holder when its own choice
 * says so, else when their profile does (`coalesce(b.presence, p.is_visible, false)`), and only
 * while it holds its desk (confirmed or checked in).
 */
const isShownSql = `coalesce(b.presence, p.is_visible, false) AND ${isActiveBookingSql('b')}`;

const profileRow = z.object({
  is_visible: column.boolean,
  work_summary: column.text,
  skill_tags: z.array(column.text),
  updated_at: column.instant,
});

export type StoredPresenceProfile = {
  isVisible: boolean;
  workSummary: string;
  skillTags: string[];
  updatedAt: Date;
};

const toProfile = (row: z.output<typeof profileRow>): StoredPresenceProfile => ({
  isVisible: row.is_visible,
  workSummary: row.work_summary,
  skillTags: row.skill_tags,
  updatedAt: row.updated_at,
});

/** The person's profile, or null when they never set one or left. */
export async function readPresenceProfile(
  db: Queryable,
  userId: string,
): Promise<StoredPresenceProfile | null> {
  const [row] = await queryRows(
    db,
    profileRow,
    `SELECT is_visible, work_summary, skill_tags, updated_at FROM presence_profiles
     WHERE user_id = $1`,
    [userId],
  );
  return row ? toProfile(row) : null;
}

export async function upsertPresenceProfile(
  db: Queryable,
  userId: string,
  profile: UpdatePresenceProfile,
  now: Date,
): Promise<StoredPresenceProfile> {
  const [row] = await queryRows(
    db,
    profileRow,
    `INSERT INTO presence_profiles (user_id, is_visible, work_summary, skill_tags, updated_at)
     VALUES ($1, $2, $3, $4::text[], $5)
     ON CONFLICT (user_id) DO UPDATE SET is_visible = EXCLUDED.is_visible,
       work_summary = EXCLUDED.work_summary, skill_tags = EXCLUDED.skill_tags,
       updated_at = EXCLUDED.updated_at
     RETURNING is_visible, work_summary, skill_tags, updated_at`,
    [userId, profile.isVisible, profile.workSummary, profile.skillTags, now],
  );
  if (!row) throw new Error('the presence profile upsert returned no row');
  return toProfile(row);
}

/**
 * « Quitter »: the profile row deleted (text and tags gone at once, not kept hidden), and every
 * booking's own choice forgotten, so that nothing shows the person any more.
 */
export async function deletePresenceProfile(db: Queryable, userId: string): Promise<void> {
  await queryAffectedCount(db, `DELETE FROM presence_profiles WHERE user_id = $1`, [userId]);
  await queryAffectedCount(
    db,
    `UPDATE bookings SET presence = NULL WHERE user_id = $1 AND presence IS NOT NULL`,
    [userId],
  );
}

const bookingPresenceRow = z.object({
  id: column.id,
  presence: column.boolean.nullable(),
  is_visible: column.boolean,
});

const toBookingPresence = (row: z.output<typeof bookingPresenceRow>) => ({
  bookingId: row.id,
  presence: row.presence,
  isVisible: row.is_visible,
});

/** Sets the choice of one of the person's bookings; null when it is not theirs. */
export async function setBookingPresence(
  db: Queryable,
  userId: string,
  bookingId: string,
  presence: boolean | null,
) {
  const [row] = await queryRows(
    db,
    bookingPresenceRow,
    `UPDATE bookings b SET presence = $3::boolean
     WHERE b.id = $1 AND b.user_id = $2
     RETURNING b.id, b.presence,
       coalesce(b.presence,
                (SELECT p.is_visible FROM presence_profiles p WHERE p.user_id = $2), false)
         AS is_visible`,
    [bookingId, userId, presence],
  );
  return row ? toBookingPresence(row) : null;
}

/** The choice of each of the person's bookings that still holds a desk and is not over. */
export async function listMyBookingPresence(db: Queryable, userId: string, now: Date) {
  const rows = await queryRows(
    db,
    bookingPresenceRow,
    `SELECT b.id, b.presence, coalesce(b.presence, p.is_visible, false) AS is_visible
     FROM bookings b LEFT JOIN presence_profiles p ON p.user_id = b.user_id
     WHERE b.user_id = $1 AND b.ends_at > $2 AND ${isActiveBookingSql('b')}
     ORDER BY b.starts_at`,
    [userId, now],
  );
  return rows.map(toBookingPresence);
}

const siteRow = z.object({ id: column.id, name: column.text, timezone: column.text });

/** A site agents can see here (not archived), or undefined. */
export async function findPresenceSite(db: Queryable, siteId: string) {
  const [row] = await queryRows(
    db,
    siteRow,
    `SELECT id, name, timezone FROM sites WHERE id = $1 AND archived_at IS NULL`,
    [siteId],
  );
  return row;
}

const presentRow = z.object({
  key: column.text,
  user_id: column.id,
  given_name: column.text,
  usual_name: column.text,
  organization_label: column.text.nullable(),
  work_summary: column.text,
  skill_tags: z.array(column.text),
  site_id: column.id,
  site_name: column.text,
  local_date: column.date,
  zone: column.text,
  slot: bookingSlotSchema,
});

export type PresenceFilter = {
  siteId?: string;
  /** A site-calendar day; without it, each site's own today at `now`. */
  date?: string;
  tag?: string;
  administration?: string;
  now: Date;
};

/**
 * The people shown at the sites on a day, one line per booking. Never a day before the site's
 * today: « Qui est là ? » says who is or will be there, not who was. Tags and administrations
 * are compared folded (no accents, no case): a tag whole (GIN on `search_tags`), an
 * administration by any part of its name.
 */
export async function listPresentPeople(db: Queryable, filter: PresenceFilter) {
  const rows = await queryRows(
    db,
    presentRow,
    `SELECT md5(b.id::text) AS key, b.user_id, u.given_name, u.usual_name, u.organization_label,
            coalesce(p.work_summary, '') AS work_summary,
            coalesce(p.skill_tags, '{}'::text[]) AS skill_tags,
            s.id AS site_id, s.name AS site_name, b.local_date::text AS local_date, d.zone, b.slot
     FROM bookings b
     JOIN users u ON u.id = b.user_id
     JOIN sites s ON s.id = b.site_id AND s.archived_at IS NULL
     JOIN desks d ON d.id = b.desk_id
     LEFT JOIN presence_profiles p ON p.user_id = b.user_id
     WHERE ${isShownSql}
       AND ($1::uuid IS NULL OR b.site_id = $1::uuid)
       AND b.local_date = coalesce($2::date, ($3::timestamptz AT TIME ZONE s.timezone)::date)
       AND b.local_date >= ($3::timestamptz AT TIME ZONE s.timezone)::date
       AND ($4::text IS NULL OR p.search_tags @> ARRAY[archive_search_fold($4::text)])
       AND ($5::text IS NULL OR strpos(archive_search_fold(coalesce(u.organization_label, '')),
                                       archive_search_fold($5::text)) > 0)
     ORDER BY s.name, d.zone, u.usual_name, u.given_name, b.starts_at`,
    [
      filter.siteId ?? null,
      filter.date ?? null,
      filter.now,
      filter.tag ?? null,
      filter.administration ?? null,
    ],
  );
  return rows.map((row) => ({
    userId: row.user_id,
    person: {
      key: row.key,
      displayName: `${row.given_name} ${row.usual_name}`.trim(),
      administration: row.organization_label,
      workSummary: row.work_summary,
      skillTags: row.skill_tags,
      site: { id: row.site_id, name: row.site_name },
      date: row.local_date,
      zone: row.zone,
      slot: row.slot,
    },
  }));
}
