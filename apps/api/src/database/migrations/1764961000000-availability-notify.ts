import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, point 2: every change an availability answer depends on is announced on the
 * `admz_availability` channel, so that each API process drops what it cached, whichever process
 * (or SQL session) made the change. The payload is JSON: `{ siteId, date }` for one day of one
 * site (bookings), `{ siteId, date: null }` for every day of a site (hours, exceptions, rules,
 * key holders, desks, zones, events, the site itself), `{ siteId: null, date: null }` for every
 * site (a person's claims, which population rules read). No index: triggers only.
 */
export class AvailabilityNotify1764961000000 implements MigrationInterface {
  name = 'AvailabilityNotify1764961000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION admz_notify_availability() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'bookings' THEN
          IF TG_OP <> 'INSERT' THEN
            PERFORM pg_notify('admz_availability',
              json_build_object('siteId', OLD.site_id, 'date', OLD.local_date)::text);
          END IF;
          IF TG_OP <> 'DELETE' THEN
            PERFORM pg_notify('admz_availability',
              json_build_object('siteId', NEW.site_id, 'date', NEW.local_date)::text);
          END IF;
        ELSIF TG_TABLE_NAME = 'users' THEN
          PERFORM pg_notify('admz_availability', json_build_object('siteId', NULL, 'date', NULL)::text);
        ELSIF TG_TABLE_NAME = 'sites' THEN
          PERFORM pg_notify('admz_availability',
            json_build_object('siteId', CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END, 'date', NULL)::text);
        ELSE
          IF TG_OP <> 'INSERT' THEN
            PERFORM pg_notify('admz_availability', json_build_object('siteId', OLD.site_id, 'date', NULL)::text);
          END IF;
          IF TG_OP <> 'DELETE' THEN
            PERFORM pg_notify('admz_availability', json_build_object('siteId', NEW.site_id, 'date', NULL)::text);
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of watchedTables) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_availability AFTER INSERT OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION admz_notify_availability()`);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_availability_update AFTER UPDATE ON ${table}
          FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*)
          EXECUTE FUNCTION admz_notify_availability()`);
    }
    // A person's claims (the population rules); other columns of users change at every login.
    await queryRunner.query(`
      CREATE TRIGGER users_availability AFTER UPDATE OF siret, organization_label ON users
        FOR EACH ROW
        WHEN (OLD.siret IS DISTINCT FROM NEW.siret OR OLD.organization_label IS DISTINCT FROM NEW.organization_label)
        EXECUTE FUNCTION admz_notify_availability()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER users_availability ON users`);
    for (const table of watchedTables) {
      await queryRunner.query(`DROP TRIGGER ${table}_availability_update ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_availability ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION admz_notify_availability()`);
  }
}

/** The tables an availability answer reads: bookings announce their day, the others every day. */
const watchedTables = [
  'bookings',
  'sites',
  'opening_hours',
  'opening_exceptions',
  'site_rules',
  'site_roles',
  'desks',
  'zones',
  'events',
];
