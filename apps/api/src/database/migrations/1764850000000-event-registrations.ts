import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10, point 3: registering to an approved event, in person (within its capacity, then a
 * waiting list) or remotely (no capacity). The count and the insert run under an advisory lock
 * of the event, so simultaneous registrations never exceed the places.
 */
export class EventRegistrations1764850000000 implements MigrationInterface {
  name = 'EventRegistrations1764850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event_registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        -- A deleted account takes its registrations with it.
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        mode text NOT NULL CONSTRAINT event_registrations_mode_known
          CHECK (mode IN ('in_person', 'remote')),
        status text NOT NULL CONSTRAINT event_registrations_status_known
          CHECK (status IN ('registered', 'waiting', 'cancelled')),
        created_at timestamptz NOT NULL,
        promoted_at timestamptz,
        cancelled_at timestamptz,
        CONSTRAINT event_registrations_remote_never_waits CHECK (mode = 'in_person' OR status <> 'waiting')
      )`);
    // One registration in force per person and event; the event's list and counts read it too.
    await queryRunner.query(`
      CREATE UNIQUE INDEX event_registrations_one_active ON event_registrations (event_id, user_id)
      WHERE status <> 'cancelled'`);
    await queryRunner.query(
      `CREATE INDEX event_registrations_of_user ON event_registrations (user_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE event_registrations`);
  }
}
