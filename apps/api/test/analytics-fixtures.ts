import { randomBytes } from 'node:crypto';
import { siteLocalToInstant } from '@admz/shared';
import { User } from '../src/users/user.entity';
import { openSessionFor, type TestApp } from './test-app';

/** A person of an administration (ProConnect claims), logged in once so that they exist. */
export async function personOf(
  t: TestApp,
  name: string,
  organisation: { siret?: string; label?: string },
): Promise<{ id: string; name: string; cookie: string }> {
  const sub = `test-stats-${randomBytes(5).toString('hex')}`;
  const cookie = await openSessionFor(t, {
    sub,
    given_name: name,
    usual_name: 'Statistique',
    email: `${sub}@example.gouv.fr`,
    roles: ['agent_public'],
    ...(organisation.siret !== undefined && { siret: organisation.siret }),
    ...(organisation.label !== undefined && { organization_label: organisation.label }),
  });
  const user = await t.dataSource.getRepository(User).findOneByOrFail({ sub });
  return { id: user.id, name: `${name} Statistique`, cookie };
}

const slotHours = {
  morning: ['09:00', '13:00'],
  afternoon: ['13:00', '18:00'],
  day: ['09:00', '18:00'],
} as const;

/**
 * A past booking in a given state, written as the API would have left it (statuses are reached
 * through days of kiosk scans and sweeps that a statistics test does not replay). The holder's
 * administration is copied from their account, as the booking insert does.
 */
export async function pastBooking(
  t: TestApp,
  booking: {
    siteId: string;
    deskId: string;
    userId: string | null;
    date: string;
    slot: keyof typeof slotHours;
    status: 'confirmed' | 'checked_in' | 'checked_out' | 'absent' | 'cancelled';
    organisation?: { siret: string | null; label: string | null };
  },
): Promise<void> {
  const [start, end] = slotHours[booking.slot];
  await t.dataSource.query(
    `INSERT INTO bookings (site_id, desk_id, user_id, slot, local_date, starts_at, ends_at, status,
                           short_code, organization_siret, organization_label)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
             coalesce($10, (SELECT siret FROM users WHERE id = $3)),
             coalesce($11, (SELECT organization_label FROM users WHERE id = $3)))`,
    [
      booking.siteId,
      booking.deskId,
      booking.userId,
      booking.slot,
      booking.date,
      siteLocalToInstant(booking.date, start, 'Europe/Paris'),
      siteLocalToInstant(booking.date, end, 'Europe/Paris'),
      booking.status,
      randomBytes(6).toString('hex').toUpperCase(),
      booking.organisation?.siret ?? null,
      booking.organisation?.label ?? null,
    ],
  );
}
