import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, point 1: « Qui est là ? ». An agent may show other agents that they are at a site on
 * a day, with what they work on and a few skill tags. Off by default: no row, or a row with
 * `is_visible` false, shows nothing; a booking may override the profile for its day
 * (`bookings.presence`: null follows the profile, true or false wins over it).
 *
 * Leaving deletes the row (no soft delete): the text and tags are gone at once, and the web's
 * « Quitter » also clears the bookings' overrides, so nothing shows any more.
 *
 * Tags are searched without accents nor case (« donnees » finds « Données »): a stored generated
 * column holds them folded by `archive_search_fold` (event archives' migration), so the folding
 * cannot drift from the tags and the search compares arrays with `@>`.
 */
export class PresenceProfiles1764910000000 implements MigrationInterface {
  name = 'PresenceProfiles1764910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // CHECK constraints may call functions, not run subqueries: the per-tag length rule lives here.
    await queryRunner.query(`
      CREATE FUNCTION presence_tags_are_short(tags text[]) RETURNS boolean
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(bool_and(char_length(tag) BETWEEN 1 AND 40), true) FROM unnest(tags) AS tag
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION presence_fold_tags(tags text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(archive_search_fold(tag)), '{}') FROM unnest(tags) AS tag
      $$`);
    await queryRunner.query(`
      CREATE TABLE presence_profiles (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        is_visible boolean NOT NULL DEFAULT false,
        work_summary text NOT NULL DEFAULT ''
          CONSTRAINT presence_profiles_work_summary_length CHECK (char_length(work_summary) <= 280),
        skill_tags text[] NOT NULL DEFAULT '{}'
          CONSTRAINT presence_profiles_skill_tags_count CHECK (cardinality(skill_tags) <= 8)
          CONSTRAINT presence_profiles_skill_tags_length CHECK (presence_tags_are_short(skill_tags)),
        search_tags text[] GENERATED ALWAYS AS (presence_fold_tags(skill_tags)) STORED,
        updated_at timestamptz NOT NULL
      )`);
    // Search by tag is `search_tags @> ARRAY[folded tag]`: a GIN index answers containment
    // without reading every profile, as the network's agents opt in.
    await queryRunner.query(
      `CREATE INDEX presence_profiles_search_tags ON presence_profiles USING gin (search_tags)`,
    );
    await queryRunner.query(`ALTER TABLE bookings ADD COLUMN presence boolean`);
    // The day's people shown by their booking alone (override on, profile off): few rows, read
    // by date on every « Qui est là ? » call; the other bookings are reached through the
    // visible profiles and bookings_user_start.
    await queryRunner.query(
      `CREATE INDEX bookings_presence_shown ON bookings (local_date) WHERE presence`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX bookings_presence_shown`);
    await queryRunner.query(`ALTER TABLE bookings DROP COLUMN presence`);
    await queryRunner.query(`DROP TABLE presence_profiles`);
    await queryRunner.query(`DROP FUNCTION presence_fold_tags(text[])`);
    await queryRunner.query(`DROP FUNCTION presence_tags_are_short(text[])`);
  }
}
