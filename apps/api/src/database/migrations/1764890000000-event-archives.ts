import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10, point 5: once an event is over its organisers attach what it produced (a summary,
 * links), kept on the event row, and past events form an archive searched in French.
 *
 * The search document is a stored generated column, not computed per query: the archive is
 * read far more often than written, a GIN index needs a stored value, and a generated column
 * cannot drift from the text it is made of (no trigger, no application code to forget it).
 * Words are folded without accents on both sides (« developpeurs » finds « développeur ») and
 * stemmed by the 'french' configuration; the title and tags weigh more than the summary and
 * link labels, which weigh more than the description.
 */
export class EventArchives1764890000000 implements MigrationInterface {
  name = 'EventArchives1764890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Accents and case folded by translate(): no extension needed (PGlite has no unaccent).
    await queryRunner.query(`
      CREATE FUNCTION archive_search_fold(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT replace(replace(lower(translate(value,
          'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸàáâãäåçèéêëìíîïñòóôõöùúûüýÿ',
          'AAAAAACEEEEIIIINOOOOOUUUUYYaaaaaaceeeeiiiinooooouuuuyy')), 'œ', 'oe'), 'æ', 'ae')
      $$`);
    // Immutable by construction (explicit configuration, text in, tsvector out), as a generated
    // column requires; array_to_string alone is only stable for any array type.
    await queryRunner.query(`
      CREATE FUNCTION event_search_document(
        title text, description text, themes text[], summary text, links jsonb
      ) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('french'::regconfig, archive_search_fold(title)), 'A')
          || setweight(to_tsvector('french'::regconfig,
               archive_search_fold(array_to_string(themes, ' '))), 'A')
          || setweight(to_tsvector('french'::regconfig, archive_search_fold(summary)), 'B')
          || setweight(to_tsvector('french'::regconfig, archive_search_fold(coalesce(
               (SELECT string_agg(link ->> 'label', ' ') FROM jsonb_array_elements(links) AS link),
               ''))), 'B')
          || setweight(to_tsvector('french'::regconfig, archive_search_fold(description)), 'C')
      $$`);
    await queryRunner.query(`
      ALTER TABLE events
        ADD COLUMN archive_summary text NOT NULL DEFAULT '',
        ADD COLUMN archive_links jsonb NOT NULL DEFAULT '[]'
          CONSTRAINT events_archive_links_list CHECK (jsonb_typeof(archive_links) = 'array'),
        ADD COLUMN archive_updated_at timestamptz,
        ADD COLUMN archive_updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL`);
    await queryRunner.query(`
      ALTER TABLE events ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
        event_search_document(title, description, themes, archive_summary, archive_links)
      ) STORED`);
    await queryRunner.query(
      `CREATE INDEX events_search_document ON events USING gin (search_document)`,
    );
    // The archive without words: approved events, newest first.
    await queryRunner.query(
      `CREATE INDEX events_approved_recent ON events (starts_at DESC) WHERE status = 'approved'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX events_approved_recent`);
    await queryRunner.query(`DROP INDEX events_search_document`);
    await queryRunner.query(`
      ALTER TABLE events
        DROP COLUMN search_document,
        DROP COLUMN archive_updated_by_user_id,
        DROP COLUMN archive_updated_at,
        DROP COLUMN archive_links,
        DROP COLUMN archive_summary`);
    await queryRunner.query(`DROP FUNCTION event_search_document(text, text, text[], text, jsonb)`);
    await queryRunner.query(`DROP FUNCTION archive_search_fold(text)`);
  }
}
