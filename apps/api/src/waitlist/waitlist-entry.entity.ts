import type { Slot, WaitlistStatus } from '@admz/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person waiting for any desk (or a desk of one zone) of a site on a slot. */
@Entity('waitlist_entries')
export class WaitlistEntry {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'site_id' }) siteId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  /** The day as the site sees it (site timezone). */
  @Column('date', { name: 'local_date' }) localDate: string;
  @Column('text') slot: Slot;
  @Column('text', { nullable: true }) zone: string | null;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  @Column('timestamptz', { name: 'ends_at' }) endsAt: Date;
  @Column('text') status: WaitlistStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** A worker holds the entry until then while it books a desk for the person. */
  @Column('timestamptz', { name: 'claimed_until', nullable: true }) claimedUntil: Date | null;
  @Column('timestamptz', { name: 'promoted_at', nullable: true }) promotedAt: Date | null;
  @Column('timestamptz', { name: 'ended_at', nullable: true }) endedAt: Date | null;
  @Column('uuid', { name: 'booking_id', nullable: true }) bookingId: string | null;
}
