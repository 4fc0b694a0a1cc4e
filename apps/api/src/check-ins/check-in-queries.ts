import { offlineCheckInsResultSchema } from '@admz/shared';
import { z } from 'zod';
import { isActiveBookingSql } from '../bookings/active-bookings';
import { column, queryAffectedCount, queryRows, type Queryable } from '../database/typed-query';

type OfflineAnswer = z.output<typeof offlineCheckInsResultSchema>['results'][number];

const offlineAnswerRow = z.object({
  client_id: column.text,
  booking_id: column.id.nullable(),
  outcome: offlineCheckInsResultSchema.shape.results.def.element.shape.outcome,
  message: column.text.nullable(),
});

/** The answers already given to these items of a kiosk's offline queue, by client id. */
export async function findOfflineAnswers(
  db: Queryable,
  kioskId: string,
  clientIds: readonly string[],
): Promise<Map<string, OfflineAnswer>> {
  const rows = await queryRows(
    db,
    offlineAnswerRow,
    `SELECT client_id, booking_id, outcome, message FROM offline_check_ins
     WHERE kiosk_id = $1 AND client_id = ANY($2::text[])`,
    [kioskId, clientIds],
  );
  return new Map(
    rows.map((row) => [
      row.client_id,
      {
        clientId: row.client_id,
        outcome: row.outcome,
        bookingId: row.booking_id,
        message: row.message,
      },
    ]),
  );
}

/** Stores an item's answer unless one is already stored; false when another was first. */
export async function insertOfflineAnswer(
  db: Queryable,
  entry: { kioskId: string; clientId: string; scannedAt: string | Date; receivedAt: Date },
  answer: OfflineAnswer,
): Promise<boolean> {
  const stored = await queryRows(
    db,
    z.object({ client_id: column.text }),
    `INSERT INTO offline_check_ins (kiosk_id, client_id, booking_id, outcome, message, scanned_at,
                                    received_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING client_id`,
    [
      entry.kioskId,
      entry.clientId,
      answer.bookingId,
      answer.outcome,
      answer.message,
      entry.scannedAt,
      entry.receivedAt,
    ],
  );
  return stored.length > 0;
}

/** Marks the mail's QR code used; false when it already was. */
export async function markMailCodeUsed(
  db: Queryable,
  bookingId: string,
  now: Date,
): Promise<boolean> {
  const marked = await queryAffectedCount(
    db,
    `UPDATE bookings SET mail_qr_used_at = $2 WHERE id = $1 AND mail_qr_used_at IS NULL`,
    [bookingId, now],
  );
  return marked > 0;
}

/** Desks a walk-in may take from `startsAt` to `endsAt`: active, free, not assigned to another. */
export function findWalkInDesks(
  db: Queryable,
  query: { siteId: string; userId: string; startsAt: Date; endsAt: Date },
): Promise<{ id: string; label: string; zone: string }[]> {
  return queryRows(
    db,
    z.object({ id: column.id, label: column.text, zone: column.text }),
    `SELECT d.id, d.label, d.zone FROM desks d
     WHERE d.site_id = $1 AND d.is_active AND (d.assigned_user_id IS NULL OR d.assigned_user_id = $2)
       AND NOT EXISTS (
         SELECT 1 FROM bookings b WHERE b.desk_id = d.id AND ${isActiveBookingSql('b')}
           AND b.starts_at < $4 AND b.ends_at > $3)
     ORDER BY d.zone, d.label`,
    [query.siteId, query.userId, query.startsAt, query.endsAt],
  );
}

/** When a zone's plan last changed, or undefined when the zone has none. */
export async function findZonePlanVersion(
  db: Queryable,
  siteId: string,
  zone: string,
): Promise<Date | undefined> {
  const [plan] = await queryRows(
    db,
    z.object({ updated_at: column.instant }),
    `SELECT updated_at FROM zone_plans WHERE site_id = $1 AND zone = $2`,
    [siteId, zone],
  );
  return plan?.updated_at;
}
