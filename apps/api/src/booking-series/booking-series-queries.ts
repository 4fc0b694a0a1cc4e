import type { Slot } from '@admz/shared';
import type { Queryable } from '../database/typed-query';

export type NewSeries = {
  id: string;
  createdAt: Date;
  userId: string;
  siteId: string;
  deskId: string;
  slot: Slot;
  weekdays: number[];
  fromDate: string;
  untilDate: string;
};

/** The series row, with the id its bookings carry in their own insert. */
export async function insertSeries(db: Queryable, series: NewSeries): Promise<void> {
  await db.query(
    `INSERT INTO booking_series (id, user_id, site_id, desk_id, slot, weekdays, from_date, until_date,
                                 created_at)
     VALUES ($1, $2, $3, $4, $5, $6::smallint[], $7, $8, $9)`,
    [
      series.id,
      series.userId,
      series.siteId,
      series.deskId,
      series.slot,
      series.weekdays,
      series.fromDate,
      series.untilDate,
      series.createdAt,
    ],
  );
}
