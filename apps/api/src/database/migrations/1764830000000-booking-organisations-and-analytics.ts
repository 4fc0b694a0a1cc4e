import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9 (analytics): each booking keeps the administration its holder belonged to when it was
 * made (ProConnect `siret` and `organization_label`), so that administrations represented and
 * days shared by several of them can still be counted once the booking is anonymised (an
 * organisation is not personal data). Sites get the privacy switch of their statistics: names
 * of visitors shown to hosts, or counts only (the default).
 */
export class BookingOrganisationsAndAnalytics1764830000000 implements MigrationInterface {
  name = 'BookingOrganisationsAndAnalytics1764830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE bookings
        ADD COLUMN organization_siret text,
        ADD COLUMN organization_label text`);
    // Bookings made before: their holder's administration today is the best we know.
    await queryRunner.query(`
      UPDATE bookings b SET organization_siret = u.siret, organization_label = u.organization_label
      FROM users u WHERE u.id = b.user_id`);
    await queryRunner.query(
      `ALTER TABLE sites ADD COLUMN analytics_show_names boolean NOT NULL DEFAULT false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE sites DROP COLUMN analytics_show_names`);
    await queryRunner.query(
      `ALTER TABLE bookings DROP COLUMN organization_label, DROP COLUMN organization_siret`,
    );
  }
}
