import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type OutboxAttachment = { filename: string; contentType: string };

/** A mail kept instead of sent, when no SMTP server is configured (development outbox). */
@Entity('outbox_messages')
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid') id: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('text', { name: 'to_address' }) toAddress: string;
  @Column('text') subject: string;
  @Column('text', { name: 'text_body' }) textBody: string;
  /** The HTML part with its `cid:` images inlined as data: URLs, for the preview page. */
  @Column('text', { name: 'html_preview' }) htmlPreview: string;
  @Column('jsonb') attachments: OutboxAttachment[];
  /** The whole message as sent over SMTP (RFC 5322, CRLF). */
  @Column('text') raw: string;
  @Column('text', { name: 'eml_file', nullable: true }) emlFile: string | null;
}
