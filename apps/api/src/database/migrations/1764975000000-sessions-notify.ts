import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, point 1: each API process keeps the sessions it has looked up, and every change that
 * could make one wrong is announced on the `admz_sessions` channel with the person's id as its
 * payload: a session ended or changed (logout, account deletion, retention), the person's row
 * changed or deleted (name, admin flag, claims), a role of theirs added or removed (the sites
 * they host). A new session needs no notice: no process holds it yet. No index: triggers only.
 */
export class SessionsNotify1764975000000 implements MigrationInterface {
  name = 'SessionsNotify1764975000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION admz_notify_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'users' THEN
          PERFORM pg_notify('admz_sessions', OLD.id::text);
        ELSE
          IF TG_OP <> 'INSERT' THEN
            PERFORM pg_notify('admz_sessions', OLD.user_id::text);
          END IF;
          IF TG_OP <> 'DELETE' THEN
            PERFORM pg_notify('admz_sessions', NEW.user_id::text);
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER sessions_cached AFTER DELETE OR UPDATE ON sessions
        FOR EACH ROW EXECUTE FUNCTION admz_notify_sessions()`);
    await queryRunner.query(`
      CREATE TRIGGER users_sessions_cached AFTER DELETE ON users
        FOR EACH ROW EXECUTE FUNCTION admz_notify_sessions()`);
    await queryRunner.query(`
      CREATE TRIGGER users_sessions_cached_update AFTER UPDATE ON users
        FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*)
        EXECUTE FUNCTION admz_notify_sessions()`);
    await queryRunner.query(`
      CREATE TRIGGER site_roles_sessions_cached AFTER INSERT OR DELETE OR UPDATE ON site_roles
        FOR EACH ROW EXECUTE FUNCTION admz_notify_sessions()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER site_roles_sessions_cached ON site_roles`);
    await queryRunner.query(`DROP TRIGGER users_sessions_cached_update ON users`);
    await queryRunner.query(`DROP TRIGGER users_sessions_cached ON users`);
    await queryRunner.query(`DROP TRIGGER sessions_cached ON sessions`);
    await queryRunner.query(`DROP FUNCTION admz_notify_sessions()`);
  }
}
