import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Outbox } from '@admz/shared';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { OutboxMessage } from './outbox-message.entity';
import { Clock } from '../common/clock';

export type MailAttachment = {
  filename: string;
  content: Buffer | string;
  contentType: string;
  /** Set for an image the HTML part shows with `cid:<cid>`. */
  cid?: string;
};

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: MailAttachment[];
};

export const MAIL_PERSIST_DIR = Symbol('MAIL_PERSIST_DIR');

const keptOutboxMessages = 500;

/**
 * Hands one mail to the SMTP server at `SMTP_URL`, resolving once the server accepted it (its
 * 250 after the message) and throwing otherwise: the mail job that calls it completes, or is
 * retried by pg-boss. Without SMTP, keeps the mail in the outbox table (and as an .eml file
 * under `DATA_DIR/outbox/` outside tests) for the development page.
 */
@Injectable()
export class MailService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly smtp: Transporter | null;
  // Builds the exact RFC 5322 message without sending it: what the outbox keeps.
  private readonly composer = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
  });
  private readonly messageIdDomain: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_PERSIST_DIR) private readonly persistDir: string | undefined,
    @InjectRepository(OutboxMessage) private readonly outbox: Repository<OutboxMessage>,
    private readonly clock: Clock,
  ) {
    // Each step of a conversation with the server gives up well before the job is taken for lost.
    const stepTimeoutMs = (config.mail.sendTimeoutSeconds * 1000) / 4;
    this.smtp = config.mail.smtpUrl
      ? nodemailer.createTransport(
          {
            url: config.mail.smtpUrl,
            // Connections kept open and reused: a handshake per mail would cap the rate at which
            // a queue of thousands drains. Each mail waits for its server's 250, so the rate is
            // about connections / round trip: 10 for the 40 mails a worker has in flight.
            pool: true,
            maxConnections: 10,
            connectionTimeout: stepTimeoutMs,
            greetingTimeout: stepTimeoutMs,
            socketTimeout: stepTimeoutMs,
          },
          { from: config.mail.from },
        )
      : null;
    this.messageIdDomain = /@([^\s>]+)\s*>?\s*$/.exec(config.mail.from)?.[1] ?? 'admz.beta.gouv.fr';
  }

  /**
   * The development page may list the outbox only where every account is a demo account: the
   * local identity provider, no SMTP server, not production. With a real provider, real people
   * log in, and one must never read another's mail (a mailed QR code checks its owner in).
   */
  get isOutboxBrowsable(): boolean {
    return (
      this.smtp === null &&
      this.config.oidc.issuer === undefined &&
      this.config.nodeEnv !== 'production'
    );
  }

  onApplicationBootstrap(): void {
    if (!this.smtp && this.config.nodeEnv === 'production') {
      this.logger.warn(
        'SMTP_URL is not set: mails are kept in the outbox table, nobody gets them.',
      );
    }
  }

  onApplicationShutdown(): void {
    this.smtp?.close();
  }

  /**
   * Sends one mail; `id` (a UUID: the mail job's) names it for good, so a second attempt of the
   * same mail carries the same Message-ID, and the outbox keeps it once.
   */
  async send(mail: Mail, id: string): Promise<void> {
    const messageId = `<${id}@${this.messageIdDomain}>`;
    if (!this.smtp) {
      await this.keepInOutbox(mail, id, messageId);
      return;
    }
    await this.smtp.sendMail({
      ...this.toNodemailer(mail),
      from: this.config.mail.from,
      messageId,
    });
  }

  /** The newest mails first. */
  async listOutbox(limit: number): Promise<Outbox> {
    const rows = await this.outbox.find({ order: { createdAt: 'DESC' }, take: limit });
    return {
      messages: rows.map((row) => ({
        id: row.id,
        to: row.toAddress,
        subject: row.subject,
        createdAt: row.createdAt.toISOString(),
        text: row.textBody,
        html: row.htmlPreview,
        attachments: row.attachments,
      })),
    };
  }

  private async keepInOutbox(mail: Mail, id: string, messageId: string): Promise<void> {
    const composed = await this.composer.sendMail({
      ...this.toNodemailer(mail),
      from: this.config.mail.from,
      messageId,
    });
    const raw = (composed.message as Buffer).toString('utf8');
    const emlFile = this.persistDir ? await this.writeEmlFile(id, raw) : null;
    let htmlPreview = mail.html;
    for (const attachment of mail.attachments) {
      if (!attachment.cid) continue;
      const content = Buffer.isBuffer(attachment.content)
        ? attachment.content
        : Buffer.from(attachment.content);
      htmlPreview = htmlPreview.replaceAll(
        `cid:${attachment.cid}`,
        `data:${attachment.contentType};base64,${content.toString('base64')}`,
      );
    }
    // A second attempt of the same mail job finds its row there.
    await this.outbox
      .createQueryBuilder()
      .insert()
      .orIgnore()
      .values({
        id,
        // Retention ages these rows by the clock, so the clock dates them.
        createdAt: this.clock.now(),
        toAddress: mail.to,
        subject: mail.subject,
        textBody: mail.text,
        htmlPreview,
        attachments: mail.attachments.map(({ filename, contentType }) => ({
          filename,
          contentType,
        })),
        raw,
        emlFile,
      })
      .execute();
    await this.outbox.query(
      `DELETE FROM outbox_messages WHERE id IN
         (SELECT id FROM outbox_messages ORDER BY created_at DESC OFFSET $1)`,
      [keptOutboxMessages],
    );
  }

  /** An .eml a developer can open in Thunderbird; failing to write it loses nothing else. */
  private async writeEmlFile(id: string, raw: string): Promise<string | null> {
    if (!this.persistDir) return null;
    try {
      const directory = join(this.persistDir, 'outbox');
      await mkdir(directory, { recursive: true });
      const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-');
      const file = join(directory, `${stamp}-${id}.eml`);
      await writeFile(file, raw);
      return file;
    } catch (error) {
      this.logger.warn(
        `Outbox file not written: ${error instanceof Error ? error.message : error}`,
      );
      return null;
    }
  }

  private toNodemailer(mail: Mail) {
    return {
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments.map((attachment) => ({
        filename: attachment.filename,
        content: attachment.content,
        contentType: attachment.contentType,
        ...(attachment.cid ? { cid: attachment.cid, contentDisposition: 'inline' as const } : {}),
      })),
    };
  }
}
