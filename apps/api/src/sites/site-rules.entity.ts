import type { SlotType } from '@admz/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per site; a site without a row follows the defaults (`defaultSiteRules`). */
@Entity('site_rules')
export class SiteRulesRow {
  @PrimaryColumn('uuid', { name: 'site_id' }) siteId: string;
  @Column('integer', { name: 'max_days_ahead' }) maxDaysAhead: number;
  @Column('integer', { name: 'max_bookings_per_week', nullable: true })
  maxBookingsPerWeek: number | null;
  @Column('text', { name: 'allowed_slot_types', array: true }) allowedSlotTypes: SlotType[];
  @Column('text', { name: 'hourly_zones', array: true }) hourlyZones: string[];
  @Column('integer', { name: 'cancellation_deadline_minutes' })
  cancellationDeadlineMinutes: number;
  @Column('integer', { name: 'no_show_release_minutes', nullable: true })
  noShowReleaseMinutes: number | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
