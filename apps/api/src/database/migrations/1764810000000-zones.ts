import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9, site console: a zone becomes a row of its own, so that it may exist before its desks,
 * be renamed (desks and plans follow by ON UPDATE CASCADE) and be ordered by the site's hosts.
 */
export class Zones1764810000000 implements MigrationInterface {
  name = 'Zones1764810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // No index beyond the unique key: (site_id, name) serves the lookups by site (its leading
    // column) and the foreign keys below; a site has a handful of zones, sorted in memory.
    await queryRunner.query(`
      CREATE TABLE zones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        name text NOT NULL,
        position integer NOT NULL CHECK (position > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT zones_site_name_unique UNIQUE (site_id, name)
      )`);
    // The zones the desks and plans name today, in alphabetical order (as they were listed).
    await queryRunner.query(`
      INSERT INTO zones (site_id, name, position, created_at)
      SELECT site_id, zone, row_number() OVER (PARTITION BY site_id ORDER BY zone), min(at)
      FROM (SELECT site_id, zone, created_at AS at FROM desks
            UNION ALL SELECT site_id, zone, updated_at FROM zone_plans) AS named
      GROUP BY site_id, zone`);
    // A desk written with a zone the site does not have yet (the desk form, the seed, a bulk
    // creation) creates it, last; the foreign key then holds without every writer knowing.
    await queryRunner.query(`
      CREATE FUNCTION desks_zone_exists() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM zones WHERE site_id = NEW.site_id AND name = NEW.zone) THEN
          INSERT INTO zones (site_id, name, position)
          SELECT NEW.site_id, NEW.zone, coalesce(max(position), 0) + 1
          FROM zones WHERE site_id = NEW.site_id
          ON CONFLICT (site_id, name) DO NOTHING;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER desks_zone_exists BEFORE INSERT OR UPDATE OF zone, site_id ON desks
      FOR EACH ROW EXECUTE FUNCTION desks_zone_exists()`);
    // No index on desks (site_id, zone) for the cascade: the unique (site_id, label) index finds a
    // site's desks (a few hundred at most), and a rename is a rare host action.
    await queryRunner.query(`
      ALTER TABLE desks ADD CONSTRAINT desks_zone_of_site FOREIGN KEY (site_id, zone)
        REFERENCES zones (site_id, name) ON UPDATE CASCADE`);
    // The plans' primary key (site_id, zone) serves their side of the cascade.
    await queryRunner.query(`
      ALTER TABLE zone_plans ADD CONSTRAINT zone_plans_zone_of_site FOREIGN KEY (site_id, zone)
        REFERENCES zones (site_id, name) ON UPDATE CASCADE ON DELETE CASCADE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE zone_plans DROP CONSTRAINT zone_plans_zone_of_site`);
    await queryRunner.query(`ALTER TABLE desks DROP CONSTRAINT desks_zone_of_site`);
    await queryRunner.query(`DROP TRIGGER desks_zone_exists ON desks`);
    await queryRunner.query(`DROP FUNCTION desks_zone_exists()`);
    await queryRunner.query(`DROP TABLE zones`);
  }
}
