import type { BookingSlot, BookingStatus } from '@admz/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Desk } from '../sites/desk.entity';
import { Site } from '../sites/site.entity';
import { User } from '../users/user.entity';

@Entity('bookings')
export class Booking {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'site_id' }) siteId: string;
  @Column('uuid', { name: 'desk_id' }) deskId: string;
  /** null once anonymised: by the retention job, or when the person deleted their account. */
  @Column('uuid', { name: 'user_id', nullable: true }) userId: string | null;
  @Column('text') slot: BookingSlot;
  /** The day as the site sees it (site timezone). */
  @Column('date', { name: 'local_date' }) localDate: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  @Column('timestamptz', { name: 'ends_at' }) endsAt: Date;
  @Column('text') status: BookingStatus;
  @Column('text', { name: 'short_code' }) shortCode: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt: Date | null;
  @Column('timestamptz', { name: 'checked_in_at', nullable: true }) checkedInAt: Date | null;
  @Column('uuid', { name: 'checked_in_kiosk_id', nullable: true }) checkedInKioskId: string | null;
  @Column('timestamptz', { name: 'checked_out_at', nullable: true }) checkedOutAt: Date | null;
  /** When nobody had checked in in time and the desk was given back (status `absent`). */
  @Column('timestamptz', { name: 'released_at', nullable: true }) releasedAt: Date | null;
  /** The mail's QR code may be presented once: set the first time it is. */
  @Column('timestamptz', { name: 'mail_qr_used_at', nullable: true }) mailQrUsedAt: Date | null;
  @Column('boolean', { name: 'is_walk_in' }) isWalkIn: boolean;
  @Column('uuid', { name: 'series_id', nullable: true }) seriesId: string | null;
  @Column('timestamptz', { name: 'reminded_at', nullable: true }) remindedAt: Date | null;
  /** The host who booked for the person, who cancelled for them, who marked them in or out. */
  @Column('uuid', { name: 'booked_by_user_id', nullable: true }) bookedByUserId: string | null;
  @Column('uuid', { name: 'cancelled_by_user_id', nullable: true })
  cancelledByUserId: string | null;
  @Column('uuid', { name: 'checked_in_by_user_id', nullable: true })
  checkedInByUserId: string | null;
  @Column('uuid', { name: 'checked_out_by_user_id', nullable: true })
  checkedOutByUserId: string | null;

  @ManyToOne(() => Site) @JoinColumn({ name: 'site_id' }) site?: Site;
  @ManyToOne(() => Desk) @JoinColumn({ name: 'desk_id' }) desk?: Desk;
  @ManyToOne(() => User) @JoinColumn({ name: 'user_id' }) user?: User;
}
