import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('opening_hours')
export class WeeklyOpeningRow {
  @PrimaryColumn('uuid', { name: 'site_id' }) siteId: string;
  /** ISO weekday, 1 = Monday. */
  @PrimaryColumn('smallint') weekday: number;
  /** Part of the key: a weekday may have several ranges. */
  @PrimaryColumn('time', { name: 'opens_at' }) opensAt: string;
  @Column('time', { name: 'closes_at' }) closesAt: string;
}

@Entity('opening_exceptions')
export class OpeningExceptionRow {
  @PrimaryColumn('uuid', { name: 'site_id' }) siteId: string;
  @PrimaryColumn('date') date: string;
  @Column('boolean', { name: 'is_closed' }) isClosed: boolean;
  @Column('time', { name: 'opens_at', nullable: true }) opensAt: string | null;
  @Column('time', { name: 'closes_at', nullable: true }) closesAt: string | null;
  @Column('text') reason: string;
}
