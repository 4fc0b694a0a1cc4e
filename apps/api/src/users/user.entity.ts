import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The OpenID Connect subject: the identity key, stable per provider and client. */
  @Column('text') sub: string;
  @Column('text', { name: 'given_name' }) givenName: string;
  @Column('text', { name: 'usual_name' }) usualName: string;
  @Column('text') email: string;
  @Column('text', { nullable: true }) uid: string | null;
  @Column('text', { nullable: true }) siret: string | null;
  @Column('text', { name: 'idp_id', nullable: true }) idpId: string | null;
  @Column('text', { name: 'organization_label', nullable: true }) organizationLabel: string | null;
  @Column('boolean', { name: 'is_admin' }) isAdmin: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'last_login_at', nullable: true }) lastLoginAt: Date | null;
}

@Entity('site_roles')
export class SiteRole {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @PrimaryColumn('uuid', { name: 'site_id' }) siteId: string;
  @PrimaryColumn('text') role: 'host';
}
