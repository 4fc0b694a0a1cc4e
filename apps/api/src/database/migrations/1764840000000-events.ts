import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10, community life: events proposed by agents and approved by hosts. An approved event
 * holds its space (a zone today, a room later) like a booking holds its desk: by an exclusion
 * constraint. Bookings of desks in a held zone are refused by a trigger that waits for any
 * approval in progress (see docs/decisions.md, « Events hold their space »).
 */
export class Events1764840000000 implements MigrationInterface {
  name = 'Events1764840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        -- The space held: exactly one of the space columns is set (a room_id will join it).
        zone_id uuid CONSTRAINT events_zone_id_fkey REFERENCES zones (id),
        title text NOT NULL,
        description text NOT NULL,
        type text NOT NULL CONSTRAINT events_type_known
          CHECK (type IN ('talk', 'thematic_day', 'workshop', 'lunch', 'other')),
        themes text[] NOT NULL DEFAULT '{}',
        local_date date NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        period tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
        visio_url text,
        audience text NOT NULL CONSTRAINT events_audience_known
          CHECK (audience IN ('public', 'agents')),
        status text NOT NULL DEFAULT 'proposed' CONSTRAINT events_status_known
          CHECK (status IN ('proposed', 'approved', 'declined', 'cancelled')),
        decline_reason text,
        proposed_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        decided_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        decided_at timestamptz,
        CONSTRAINT events_one_space CHECK (num_nonnulls(zone_id) = 1),
        CONSTRAINT events_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT events_declined_with_reason
          CHECK ((status = 'declined') = (decline_reason IS NOT NULL)),
        CONSTRAINT events_no_space_overlap
          EXCLUDE USING gist (zone_id WITH =, period WITH &&) WHERE (status = 'approved')
      )`);
    // The agenda (a site's approved events to come) and the hosts' queue (its proposals).
    await queryRunner.query(`CREATE INDEX events_site_starts ON events (site_id, starts_at)`);
    // « Mes propositions » and the personal data page.
    await queryRunner.query(
      `CREATE INDEX events_proposed_by ON events (proposed_by_user_id) WHERE proposed_by_user_id IS NOT NULL`,
    );
    // A desk of a zone an approved event holds cannot be booked over the event. The desk row is
    // locked first (KEY SHARE, as the booking's foreign key does anyway): an approval holds the
    // zone's desks FOR UPDATE, so this waits for it and then reads the event it committed.
    await queryRunner.query(`
      CREATE FUNCTION bookings_zone_not_held() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM desks WHERE id = NEW.desk_id FOR KEY SHARE;
        IF EXISTS (
          SELECT 1 FROM desks d
          JOIN zones z ON z.site_id = d.site_id AND z.name = d.zone
          JOIN events e ON e.zone_id = z.id
          WHERE d.id = NEW.desk_id AND e.status = 'approved'
            AND e.period && tstzrange(NEW.starts_at, NEW.ends_at, '[)')
        ) THEN
          RAISE EXCEPTION 'desk % is in a zone held by an event', NEW.desk_id
            USING ERRCODE = '23P01', CONSTRAINT = 'bookings_zone_held_by_event';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER bookings_zone_not_held BEFORE INSERT ON bookings
      FOR EACH ROW WHEN (NEW.status IN ('confirmed', 'checked_in'))
      EXECUTE FUNCTION bookings_zone_not_held()`);
    // A released or cancelled booking given back (a host marking a late arrival) holds its desk again.
    await queryRunner.query(`
      CREATE TRIGGER bookings_zone_not_held_again BEFORE UPDATE OF status ON bookings
      FOR EACH ROW WHEN (NEW.status IN ('confirmed', 'checked_in')
                         AND OLD.status NOT IN ('confirmed', 'checked_in'))
      EXECUTE FUNCTION bookings_zone_not_held()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER bookings_zone_not_held_again ON bookings`);
    await queryRunner.query(`DROP TRIGGER bookings_zone_not_held ON bookings`);
    await queryRunner.query(`DROP FUNCTION bookings_zone_not_held()`);
    await queryRunner.query(`DROP TABLE events`);
  }
}
