import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('kiosks')
export class Kiosk {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'site_id' }) siteId: string;
  @Column('text') name: string;
  /** SHA-256 of the device credential; null until a tablet has paired. */
  @Column('text', { name: 'credential_hash', nullable: true }) credentialHash: string | null;
  @Column('boolean', { name: 'is_revoked' }) isRevoked: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column('timestamptz', { name: 'last_seen_at', nullable: true }) lastSeenAt: Date | null;
  /** SHA-256 of the one-time pairing code waiting to be typed on a tablet. */
  @Column('text', { name: 'pairing_code_hash', nullable: true }) pairingCodeHash: string | null;
  @Column('timestamptz', { name: 'pairing_expires_at', nullable: true })
  pairingExpiresAt: Date | null;
  @Column('timestamptz', { name: 'paired_at', nullable: true }) pairedAt: Date | null;
  @Column('text', { name: 'app_version', nullable: true }) appVersion: string | null;
  /** scrypt hash of the code that opens the tablet's settings; null until a host sets one. */
  @Column('text', { name: 'settings_pin_hash', nullable: true })
  settingsPinHash: string | null;
}
