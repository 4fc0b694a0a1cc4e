import type { DeskAttribute } from '@admz/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('desks')
export class Desk {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'site_id' }) siteId: string;
  @Column('text') label: string;
  @Column('text') zone: string;
  @Column('text', { array: true }) attributes: DeskAttribute[];
  @Column('boolean', { name: 'is_active' }) isActive: boolean;
  /** A blocked desk: only this person may book it. */
  @Column('uuid', { name: 'assigned_user_id', nullable: true }) assignedUserId: string | null;
  /** Position on the zone's plan, as fractions (0–1) of its width and height; null = not placed. */
  @Column('double precision', { name: 'plan_x', nullable: true }) planX: number | null;
  @Column('double precision', { name: 'plan_y', nullable: true }) planY: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
