import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
      CREATE TABLE sites (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        address text NOT NULL,
        timezone text NOT NULL DEFAULT 'Europe/Paris',
        description text NOT NULL DEFAULT '',
        access_info text NOT NULL DEFAULT '',
        wifi_info text NOT NULL DEFAULT '',
        midday_at time NOT NULL DEFAULT '13:00',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE desks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        label text NOT NULL,
        zone text NOT NULL,
        attributes text[] NOT NULL DEFAULT '{}',
        is_active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT desks_label_unique UNIQUE (site_id, label),
        CONSTRAINT desks_id_site_unique UNIQUE (id, site_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE opening_hours (
        site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        opens_at time NOT NULL,
        closes_at time NOT NULL,
        PRIMARY KEY (site_id, weekday),
        CHECK (opens_at < closes_at)
      )`);
    await queryRunner.query(`
      CREATE TABLE opening_exceptions (
        site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        date date NOT NULL,
        is_closed boolean NOT NULL,
        opens_at time,
        closes_at time,
        reason text NOT NULL DEFAULT '',
        PRIMARY KEY (site_id, date),
        CHECK (is_closed OR (opens_at IS NOT NULL AND closes_at IS NOT NULL AND opens_at < closes_at))
      )`);
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sub text NOT NULL UNIQUE,
        given_name text NOT NULL,
        usual_name text NOT NULL,
        email text NOT NULL,
        uid text,
        siret text,
        idp_id text,
        organization_label text,
        is_admin boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE site_roles (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('host')),
        PRIMARY KEY (user_id, site_id, role)
      )`);
    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        id_token text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE login_attempts (
        id text PRIMARY KEY,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        return_to text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE kiosks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        name text NOT NULL,
        credential_hash text NOT NULL UNIQUE,
        is_revoked boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        last_seen_at timestamptz,
        failed_code_attempts integer NOT NULL DEFAULT 0,
        failed_code_window_start timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL REFERENCES sites (id),
        desk_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id),
        slot text NOT NULL CHECK (slot IN ('morning', 'afternoon', 'day')),
        local_date date NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        period tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
        status text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'checked_in', 'cancelled')),
        short_code text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        checked_in_at timestamptz,
        checked_in_kiosk_id uuid REFERENCES kiosks (id) ON DELETE SET NULL,
        CHECK (starts_at < ends_at),
        CONSTRAINT bookings_desk_of_site FOREIGN KEY (desk_id, site_id) REFERENCES desks (id, site_id),
        CONSTRAINT bookings_no_desk_overlap
          EXCLUDE USING gist (desk_id WITH =, period WITH &&) WHERE (status IN ('confirmed', 'checked_in')),
        CONSTRAINT bookings_no_person_overlap
          EXCLUDE USING gist (user_id WITH =, period WITH &&) WHERE (status IN ('confirmed', 'checked_in'))
      )`);
    await queryRunner.query(`CREATE INDEX bookings_site_date ON bookings (site_id, local_date)`);
    await queryRunner.query(`CREATE INDEX bookings_user_start ON bookings (user_id, starts_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'bookings',
      'kiosks',
      'login_attempts',
      'sessions',
      'site_roles',
      'users',
      'opening_exceptions',
      'opening_hours',
      'desks',
      'sites',
    ]) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
