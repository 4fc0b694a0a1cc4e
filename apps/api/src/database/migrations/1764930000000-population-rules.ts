import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, point 4: a site's rules for populations read from the ProConnect claims (a word of
 * the organisation's label, or a SIREN), each with its own horizon and weekly maximum. A short
 * list per site, read whole with the rules and matched in the service: JSON on the rules row, no
 * table and no index (nothing queries inside it).
 */
export class PopulationRules1764930000000 implements MigrationInterface {
  name = 'PopulationRules1764930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE site_rules
        ADD COLUMN population_rules jsonb NOT NULL DEFAULT '[]'
          CONSTRAINT site_rules_population_rules_list CHECK (jsonb_typeof(population_rules) = 'array')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE site_rules DROP COLUMN population_rules`);
  }
}
