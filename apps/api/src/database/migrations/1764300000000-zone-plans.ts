import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ZonePlans1764300000000 implements MigrationInterface {
  name = 'ZonePlans1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE zone_plans (
        site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        zone text NOT NULL,
        image bytea NOT NULL,
        content_type text NOT NULL CHECK (content_type IN ('image/svg+xml', 'image/png')),
        width double precision NOT NULL CHECK (width > 0),
        height double precision NOT NULL CHECK (height > 0),
        sha256 text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT zone_plans_site_zone_unique PRIMARY KEY (site_id, zone)
      )`);
    await queryRunner.query(`
      ALTER TABLE desks
        ADD COLUMN plan_x double precision,
        ADD COLUMN plan_y double precision,
        ADD CONSTRAINT desks_plan_position_valid CHECK (
          (plan_x IS NULL AND plan_y IS NULL)
          OR (plan_x BETWEEN 0 AND 1 AND plan_y BETWEEN 0 AND 1)
        )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE desks DROP CONSTRAINT desks_plan_position_valid, DROP COLUMN plan_y, DROP COLUMN plan_x`,
    );
    await queryRunner.query(`DROP TABLE zone_plans`);
  }
}
