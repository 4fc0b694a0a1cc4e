import type { HolidayRegion, SiteKind } from '@admz/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('sites')
export class Site {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') slug: string;
  @Column('text') address: string;
  @Column('text') timezone: string;
  @Column('text') description: string;
  @Column('text', { name: 'access_info' }) accessInfo: string;
  @Column('text', { name: 'wifi_info' }) wifiInfo: string;
  /** Boundary between the morning and the afternoon slot, site-local `HH:MM:SS`. */
  @Column('time', { name: 'midday_at' }) middayAt: string;
  /** date-holidays region whose public holidays close the site (`FR`, `FR-67`, `RE`…). */
  @Column('text', { name: 'holiday_region' }) holidayRegion: HolidayRegion;
  /** Key holders may book until this site-local time (`HH:MM:SS`); null = no extended hours. */
  @Column('time', { name: 'extended_closes_at', nullable: true }) extendedClosesAt: string | null;
  /** Shown on the idle screen of the site's kiosks ('' = none). */
  @Column('text', { name: 'kiosk_message' }) kioskMessage: string;
  @Column('text') kind: SiteKind;
  /** A temporary site's first and last day (site calendar, `YYYY-MM-DD`); null when permanent. */
  @Column('date', { name: 'starts_on', nullable: true }) startsOn: string | null;
  @Column('date', { name: 'ends_on', nullable: true }) endsOn: string | null;
  /** Places a temporary site announces: informative, its desks are what agents book. */
  @Column('integer', { nullable: true }) capacity: number | null;
  /** Set when an admin archived the site: hidden from agents, no new booking. */
  @Column('timestamptz', { name: 'archived_at', nullable: true }) archivedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
