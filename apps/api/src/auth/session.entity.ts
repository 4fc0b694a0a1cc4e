import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('sessions')
export class Session {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** SHA-256 of the cookie value: a database leak does not hand out live sessions. */
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  /** Kept for RP-initiated logout (`id_token_hint`). */
  @Column('text', { name: 'id_token', nullable: true }) idToken: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
}

/** One OpenID Connect authorization request in flight (state, nonce, PKCE verifier). */
@Entity('login_attempts')
export class LoginAttempt {
  @PrimaryColumn('text') id: string;
  @Column('text') state: string;
  @Column('text') nonce: string;
  @Column('text', { name: 'code_verifier' }) codeVerifier: string;
  @Column('text', { name: 'return_to' }) returnTo: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
}
