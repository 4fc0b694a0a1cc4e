import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 10: the site's hosts cancel an approved event, saying why (mailed to everyone registered). */
export class EventCancellation1764860000000 implements MigrationInterface {
  name = 'EventCancellation1764860000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE events
        ADD COLUMN cancel_reason text,
        ADD COLUMN cancelled_at timestamptz,
        ADD CONSTRAINT events_cancelled_with_reason
          CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL AND cancelled_at IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE events DROP CONSTRAINT events_cancelled_with_reason,
        DROP COLUMN cancelled_at, DROP COLUMN cancel_reason`);
  }
}
