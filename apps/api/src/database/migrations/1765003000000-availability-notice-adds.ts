import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, point 3: a booking added says so on `admz_availability` (`"adds": true`). An added
 * booking frees no desk, so each process keeps the desks a refused insert proved taken that day
 * (AvailabilityCache.taken): in a storm for a few desks, the winners' notices no longer send the
 * next requests for the taken desks back to the database. Anything else about a booking
 * (a cancellation, a release, a deletion) still voids them. No index: a trigger only.
 */
export class AvailabilityNoticeAdds1765003000000 implements MigrationInterface {
  name = 'AvailabilityNoticeAdds1765003000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(notifyFunction({ insertAdds: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(notifyFunction({ insertAdds: false }));
  }
}

/** The trigger function of migration 1764961000000, with or without `adds` on an insert. */
function notifyFunction({ insertAdds }: { insertAdds: boolean }): string {
  const added = insertAdds
    ? `json_build_object('siteId', NEW.site_id, 'date', NEW.local_date, 'adds', TG_OP = 'INSERT')`
    : `json_build_object('siteId', NEW.site_id, 'date', NEW.local_date)`;
  return `
    CREATE OR REPLACE FUNCTION admz_notify_availability() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_TABLE_NAME = 'bookings' THEN
        IF TG_OP <> 'INSERT' THEN
          PERFORM pg_notify('admz_availability',
            json_build_object('siteId', OLD.site_id, 'date', OLD.local_date)::text);
        END IF;
        IF TG_OP <> 'DELETE' THEN
          PERFORM pg_notify('admz_availability', ${added}::text);
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
    END $$`;
}
