import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutboxAndCalendarFeeds1764200000000 implements MigrationInterface {
  name = 'MailOutboxAndCalendarFeeds1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Mails kept instead of sent when no SMTP server is configured (development outbox).
    await queryRunner.query(`
      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_preview text NOT NULL,
        attachments jsonb NOT NULL DEFAULT '[]',
        raw text NOT NULL,
        eml_file text
      )`);
    await queryRunner.query(`CREATE INDEX outbox_messages_created ON outbox_messages (created_at)`);
    // The secret of a person's iCalendar feed URL: 256 random bits, unique, null until asked for.
    await queryRunner.query(`ALTER TABLE users ADD COLUMN calendar_token text UNIQUE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users DROP COLUMN IF EXISTS calendar_token`);
    await queryRunner.query(`DROP TABLE IF EXISTS outbox_messages`);
  }
}
