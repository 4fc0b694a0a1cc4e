import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, point 3: rooms and large tables booked by the hour for a group, apart from desks.
 * A room holds its hours like a desk: one exclusion constraint on `room_bookings`. An approved
 * event in a room holds it through a `room_bookings` row of its own (`event_id`), inserted in the
 * approval's transaction, so events and groups meet the same constraint (docs/decisions.md,
 * « Rooms hold their hours like desks »).
 */
export class Rooms1764900000000 implements MigrationInterface {
  name = 'Rooms1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rooms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL CONSTRAINT rooms_kind_known CHECK (kind IN ('room', 'table')),
        capacity integer NOT NULL CONSTRAINT rooms_capacity_range CHECK (capacity BETWEEN 2 AND 200),
        equipment text[] NOT NULL DEFAULT '{}' CONSTRAINT rooms_equipment_known
          CHECK (equipment <@ ARRAY['screen', 'visio', 'whiteboard', 'projector', 'step_free']::text[]),
        is_active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL,
        -- Its index also serves « the rooms of a site, by name ».
        CONSTRAINT rooms_site_name_unique UNIQUE (site_id, name),
        -- Target of room_bookings' (room_id, site_id) key: a booking's site is its room's.
        CONSTRAINT rooms_id_site_unique UNIQUE (id, site_id)
      )`);

    // The site's room rules; a site without a row follows these defaults (read with COALESCE).
    await queryRunner.query(`
      CREATE TABLE room_rules (
        site_id uuid PRIMARY KEY REFERENCES sites (id) ON DELETE CASCADE,
        max_duration_minutes integer NOT NULL DEFAULT 240
          CHECK (max_duration_minutes BETWEEN 30 AND 1440 AND max_duration_minutes % 15 = 0),
        max_days_ahead integer NOT NULL DEFAULT 30 CHECK (max_days_ahead BETWEEN 0 AND 365),
        max_upcoming_per_person integer NOT NULL DEFAULT 3
          CHECK (max_upcoming_per_person BETWEEN 1 AND 50)
      )`);

    await queryRunner.query(`
      CREATE TABLE room_bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        room_id uuid NOT NULL,
        site_id uuid NOT NULL,
        local_date date NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        period tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
        title text NOT NULL,
        headcount integer NOT NULL CHECK (headcount BETWEEN 1 AND 200),
        -- SET NULL: a past booking stays in the room's history once its author deleted their
        -- account (upcoming ones are cancelled first, by the deletion itself).
        booked_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        -- The hold of an approved event: cancelled with it; the event's own row stays the record.
        event_id uuid REFERENCES events (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'confirmed' CONSTRAINT room_bookings_status_known
          CHECK (status IN ('confirmed', 'cancelled')),
        created_at timestamptz NOT NULL,
        cancelled_at timestamptz,
        CONSTRAINT room_bookings_room_of_site FOREIGN KEY (room_id, site_id)
          REFERENCES rooms (id, site_id) ON DELETE CASCADE,
        CONSTRAINT room_bookings_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT room_bookings_cancelled_at
          CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
        -- The single guarantee: two confirmed holds of one room never overlap (its gist index
        -- also serves « this room's bookings over this time »).
        CONSTRAINT room_bookings_no_overlap
          EXCLUDE USING gist (room_id WITH =, period WITH &&) WHERE (status = 'confirmed')
      )`);
    // The day view of a site: its rooms' holds on one date.
    await queryRunner.query(
      `CREATE INDEX room_bookings_site_date ON room_bookings (site_id, local_date)`,
    );
    // « Mes salles », the per-person count and account deletion: a person's bookings by start.
    await queryRunner.query(
      `CREATE INDEX room_bookings_booked_by ON room_bookings (booked_by_user_id, starts_at)
       WHERE booked_by_user_id IS NOT NULL`,
    );
    // One live hold per event; also finds the hold when the event is cancelled.
    await queryRunner.query(
      `CREATE UNIQUE INDEX room_bookings_one_hold_per_event ON room_bookings (event_id)
       WHERE event_id IS NOT NULL AND status = 'confirmed'`,
    );

    await queryRunner.query(`
      CREATE TABLE room_booking_attendees (
        room_booking_id uuid NOT NULL REFERENCES room_bookings (id) ON DELETE CASCADE,
        email text NOT NULL,
        -- A known person, linked: the booking is in their list and feed. CASCADE: a deleted
        -- account takes its address out of other people's bookings.
        user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (room_booking_id, email)
      )`);
    // A colleague's list and calendar feed: the bookings they are named in.
    await queryRunner.query(
      `CREATE INDEX room_booking_attendees_user ON room_booking_attendees (user_id)
       WHERE user_id IS NOT NULL`,
    );
    // The same for a person named before their first login (no account to link yet): by address.
    await queryRunner.query(
      `CREATE INDEX room_booking_attendees_email ON room_booking_attendees (email)`,
    );

    await queryRunner.query(`
      ALTER TABLE events
        ADD COLUMN room_id uuid CONSTRAINT events_room_id_fkey REFERENCES rooms (id),
        DROP CONSTRAINT events_one_space,
        ADD CONSTRAINT events_one_space CHECK (num_nonnulls(zone_id, room_id) = 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Events held in a room have no zone to fall back on: they go with the rooms.
    await queryRunner.query(`DELETE FROM events WHERE room_id IS NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE events
        DROP CONSTRAINT events_one_space,
        DROP COLUMN room_id,
        ADD CONSTRAINT events_one_space CHECK (num_nonnulls(zone_id) = 1)`);
    await queryRunner.query(`DROP TABLE room_booking_attendees`);
    await queryRunner.query(`DROP TABLE room_bookings`);
    await queryRunner.query(`DROP TABLE room_rules`);
    await queryRunner.query(`DROP TABLE rooms`);
  }
}
