import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Check-in at the door: departures and no-show releases, kiosk pairing, offline replays, the
 * no-show rule and kiosk message, and the NOTIFY triggers that feed live updates.
 */
export class CheckInAtTheDoor1764400000000 implements MigrationInterface {
  name = 'CheckInAtTheDoor1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE bookings DROP CONSTRAINT bookings_status_check`);
    await queryRunner.query(`
      ALTER TABLE bookings
        ADD CONSTRAINT bookings_status_check
          CHECK (status IN ('confirmed', 'checked_in', 'checked_out', 'cancelled', 'absent')),
        ADD COLUMN checked_out_at timestamptz,
        ADD COLUMN released_at timestamptz,
        -- The mail's QR code may be presented once a day: set when it first is.
        ADD COLUMN mail_qr_used_at timestamptz,
        ADD COLUMN is_walk_in boolean NOT NULL DEFAULT false`);
    // The no-show sweep and the closing-time check-out read only these rows.
    await queryRunner.query(
      `CREATE INDEX bookings_awaiting_arrival ON bookings (starts_at) WHERE status = 'confirmed'`,
    );
    await queryRunner.query(
      `CREATE INDEX bookings_present ON bookings (site_id, local_date) WHERE status = 'checked_in'`,
    );

    await queryRunner.query(`
      ALTER TABLE kiosks
        ALTER COLUMN credential_hash DROP NOT NULL,
        ADD COLUMN pairing_code_hash text UNIQUE,
        ADD COLUMN pairing_expires_at timestamptz,
        ADD COLUMN paired_at timestamptz,
        ADD COLUMN app_version text`);

    await queryRunner.query(`
      CREATE TABLE offline_check_ins (
        kiosk_id uuid NOT NULL REFERENCES kiosks (id) ON DELETE CASCADE,
        client_id text NOT NULL,
        booking_id uuid REFERENCES bookings (id) ON DELETE SET NULL,
        outcome text NOT NULL CHECK (outcome IN ('applied', 'already_checked_in', 'refused')),
        message text,
        scanned_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kiosk_id, client_id)
      )`);

    await queryRunner.query(`
      ALTER TABLE site_rules
        ADD COLUMN no_show_release_minutes integer DEFAULT 30
          CHECK (no_show_release_minutes BETWEEN 5 AND 240)`);
    await queryRunner.query(`ALTER TABLE sites ADD COLUMN kiosk_message text NOT NULL DEFAULT ''`);

    // Live updates: every change that moves a site's occupancy or its kiosks is announced on
    // one channel; each API process LISTENs and forwards to its SSE clients.
    await queryRunner.query(`
      CREATE FUNCTION admz_notify_live() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'bookings' THEN
          PERFORM pg_notify('admz_live', json_build_object(
            'kind', 'booking', 'siteId', NEW.site_id, 'bookingId', NEW.id,
            'change', CASE WHEN TG_OP = 'INSERT' AND NEW.status = 'confirmed' THEN 'booked' ELSE NEW.status END)::text);
        ELSIF TG_TABLE_NAME = 'sites' THEN
          PERFORM pg_notify('admz_live', json_build_object(
            'kind', 'kiosk-message', 'siteId', NEW.id, 'message', NEW.kiosk_message)::text);
        ELSIF TG_TABLE_NAME = 'kiosks' THEN
          PERFORM pg_notify('admz_live', json_build_object(
            'kind', 'kiosk-revoked', 'siteId', NEW.site_id, 'kioskId', NEW.id)::text);
        ELSE
          PERFORM pg_notify('admz_live', json_build_object('kind', 'desks', 'siteId', NEW.site_id)::text);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER bookings_live_insert AFTER INSERT ON bookings
        FOR EACH ROW EXECUTE FUNCTION admz_notify_live()`);
    await queryRunner.query(`
      CREATE TRIGGER bookings_live_update AFTER UPDATE OF status ON bookings
        FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
        EXECUTE FUNCTION admz_notify_live()`);
    await queryRunner.query(`
      CREATE TRIGGER sites_live AFTER UPDATE OF kiosk_message ON sites
        FOR EACH ROW WHEN (OLD.kiosk_message IS DISTINCT FROM NEW.kiosk_message)
        EXECUTE FUNCTION admz_notify_live()`);
    await queryRunner.query(`
      CREATE TRIGGER kiosks_live AFTER UPDATE OF is_revoked ON kiosks
        FOR EACH ROW WHEN (NEW.is_revoked AND NOT OLD.is_revoked) EXECUTE FUNCTION admz_notify_live()`);
    await queryRunner.query(`
      CREATE TRIGGER desks_live AFTER INSERT OR UPDATE OF is_active ON desks
        FOR EACH ROW EXECUTE FUNCTION admz_notify_live()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER desks_live ON desks`);
    await queryRunner.query(`DROP TRIGGER kiosks_live ON kiosks`);
    await queryRunner.query(`DROP TRIGGER sites_live ON sites`);
    await queryRunner.query(`DROP TRIGGER bookings_live_update ON bookings`);
    await queryRunner.query(`DROP TRIGGER bookings_live_insert ON bookings`);
    await queryRunner.query(`DROP FUNCTION admz_notify_live()`);
    await queryRunner.query(`ALTER TABLE sites DROP COLUMN kiosk_message`);
    await queryRunner.query(`ALTER TABLE site_rules DROP COLUMN no_show_release_minutes`);
    await queryRunner.query(`DROP TABLE offline_check_ins`);
    await queryRunner.query(`DELETE FROM kiosks WHERE credential_hash IS NULL`);
    await queryRunner.query(`
      ALTER TABLE kiosks
        DROP COLUMN app_version, DROP COLUMN paired_at, DROP COLUMN pairing_expires_at,
        DROP COLUMN pairing_code_hash, ALTER COLUMN credential_hash SET NOT NULL`);
    await queryRunner.query(`DROP INDEX bookings_present`);
    await queryRunner.query(`DROP INDEX bookings_awaiting_arrival`);
    await queryRunner.query(`UPDATE bookings SET status = 'cancelled' WHERE status = 'absent'`);
    await queryRunner.query(
      `UPDATE bookings SET status = 'checked_in' WHERE status = 'checked_out'`,
    );
    await queryRunner.query(`
      ALTER TABLE bookings
        DROP COLUMN is_walk_in, DROP COLUMN mail_qr_used_at, DROP COLUMN released_at,
        DROP COLUMN checked_out_at,
        DROP CONSTRAINT bookings_status_check,
        ADD CONSTRAINT bookings_status_check CHECK (status IN ('confirmed', 'checked_in', 'cancelled'))`);
  }
}
