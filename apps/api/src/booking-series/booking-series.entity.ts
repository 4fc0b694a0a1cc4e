import type { Slot } from '@admz/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** "Every Tuesday and Thursday until 30 June": its occurrences are bookings with this series_id. */
@Entity('booking_series')
export class BookingSeries {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('uuid', { name: 'site_id' }) siteId: string;
  @Column('uuid', { name: 'desk_id' }) deskId: string;
  @Column('text') slot: Slot;
  @Column('smallint', { array: true }) weekdays: number[];
  @Column('date', { name: 'from_date' }) fromDate: string;
  @Column('date', { name: 'until_date' }) untilDate: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt: Date | null;
}
