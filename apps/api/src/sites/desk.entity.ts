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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
