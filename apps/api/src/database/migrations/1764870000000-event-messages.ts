import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: the organisers write to an event's registrants. The message is kept (mail jobs carry
 * ids, not text), with its author; it goes with its event.
 */
export class EventMessages1764870000000 implements MigrationInterface {
  name = 'EventMessages1764870000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        author_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        author_name text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX event_messages_of_event ON event_messages (event_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE event_messages`);
  }
}
