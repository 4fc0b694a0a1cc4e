import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9: admins archive and restore sites; a site may be temporary (a tour day in a partner
 * third-place, between two dates, with an announced number of places); a site has a photo,
 * stored in the database like zone plans.
 */
export class SiteLifecycleAndPhotos1764800000000 implements MigrationInterface {
  name = 'SiteLifecycleAndPhotos1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE sites
        ADD COLUMN kind text NOT NULL DEFAULT 'permanent'
          CONSTRAINT sites_kind_known CHECK (kind IN ('permanent', 'temporary')),
        ADD COLUMN starts_on date,
        ADD COLUMN ends_on date,
        ADD COLUMN capacity integer CONSTRAINT sites_capacity_positive CHECK (capacity > 0),
        ADD COLUMN archived_at timestamptz,
        ADD CONSTRAINT sites_dates_of_kind CHECK (
          (kind = 'permanent' AND starts_on IS NULL AND ends_on IS NULL AND capacity IS NULL)
          OR (kind = 'temporary' AND starts_on IS NOT NULL AND ends_on IS NOT NULL
              AND ends_on >= starts_on)
        )`);
    // No index: the sites are a few dozen rows, read whole by the agents' list.
    await queryRunner.query(`
      CREATE TABLE site_photos (
        site_id uuid PRIMARY KEY REFERENCES sites (id) ON DELETE CASCADE,
        image bytea NOT NULL,
        content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
        sha256 text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE site_photos`);
    await queryRunner.query(`
      ALTER TABLE sites
        DROP CONSTRAINT sites_dates_of_kind,
        DROP COLUMN archived_at,
        DROP COLUMN capacity,
        DROP COLUMN ends_on,
        DROP COLUMN starts_on,
        DROP COLUMN kind`);
  }
}
