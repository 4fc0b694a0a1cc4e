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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
