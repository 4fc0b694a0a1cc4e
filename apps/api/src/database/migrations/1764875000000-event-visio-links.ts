import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: a remote registrant is mailed the visio link shortly before the start, once. The
 * instant it was mailed is kept on the registration: the job marks and enqueues in one
 * transaction, so a second run or another process finds nothing left to send.
 */
export class EventVisioLinks1764875000000 implements MigrationInterface {
  name = 'EventVisioLinks1764875000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE event_registrations ADD COLUMN visio_link_mailed_at timestamptz`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE event_registrations DROP COLUMN visio_link_mailed_at`);
  }
}
