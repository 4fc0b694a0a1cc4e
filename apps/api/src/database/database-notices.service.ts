import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, type AppConfig } from '../config';
import { DATABASE_CONNECTION, type DatabaseConnection } from './database-connection';

/**
 * The channels a process listens to: `admz_availability` (what an availability answer reads,
 * migration 1764961000000) and `admz_sessions` (a person's sessions, roles or row, migration
 * 1764975000000) for its caches, and `admz_live` (migration 1764400000000) for its live streams.
 * Also LISTENed on the embedded database (`embeddedNotifyChannels`).
 */
export const noticeChannels = ['admz_availability', 'admz_sessions', 'admz_live'] as const;
export type NoticeChannel = (typeof noticeChannels)[number];

/** What a subscriber does with its channel: each notice's payload, and `clear` when notices may be lost. */
export type NoticeSubscriber = { receive: (payload: string) => void; clear: () => void };

const reconnectMs = 2_000;

/**
 * One listening connection per process, for every per-process cache and the live streams: a
 * booking's two notices (availability, live) then wake one backend and one socket, not two. A
 * cache is trusted only after `afterCommittedChanges()`: every notice committed before the call
 * has then been received, so a change committed on another process (or in SQL) before a request
 * began is never hidden by a cached answer. Without a listener (it was lost, or not yet
 * connected) nothing is trusted.
 *
 * A `worker` process does not listen: it serves no request and no stream, and every notice
 * would wake it and one more backend for each booking. Its caches are never trusted there, so
 * the jobs that book (waitlist promotions) read the database.
 */
@Injectable()
export class DatabaseNoticesService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DatabaseNotices');
  private readonly subscribers = new Map<NoticeChannel, NoticeSubscriber[]>();
  private isListening = false;
  private isStopping = false;
  private listener: Client | null = null;
  private stopEmbedded: (() => void) | null = null;
  private pingInFlight: Promise<boolean> | null = null;
  private nextPing: Promise<boolean> | null = null;

  constructor(
    @Inject(DATABASE_CONNECTION) private readonly database: DatabaseConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Registers a cache; call before the application boots (from a constructor). */
  subscribe(channel: NoticeChannel, subscriber: NoticeSubscriber): void {
    this.subscribers.set(channel, [...(this.subscribers.get(channel) ?? []), subscriber]);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.processRole === 'worker') return;
    if (this.database.notifications) {
      // The embedded database hands a commit's notices over before the commit's reply.
      const { notifications } = this.database;
      const stops = noticeChannels.map((channel) =>
        notifications.subscribe(channel, (payload) => this.dispatch(channel, payload)),
      );
      this.stopEmbedded = () => stops.forEach((stop) => stop());
      this.isListening = true;
      return;
    }
    await this.listen();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.isStopping = true;
    this.isListening = false;
    this.stopEmbedded?.();
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  /**
   * True once every notice committed before this call has been received; false when the caches
   * cannot be trusted (no listener): then the caller reads the database. `hasHeardAlready`: the
   * request waited for it earlier (its session lookup), so only the listener is checked.
   */
  async afterCommittedChanges(hasHeardAlready = false): Promise<boolean> {
    if (!this.isListening || hasHeardAlready) return this.isListening;
    if (this.listener && !(await this.syncListener())) return false;
    return this.isListening;
  }

  private dispatch(channel: string, payload: string): void {
    for (const subscriber of this.subscribers.get(channel as NoticeChannel) ?? []) {
      subscriber.receive(payload);
    }
  }

  private clearAll(): void {
    for (const subscribers of this.subscribers.values()) {
      for (const subscriber of subscribers) subscriber.clear();
    }
  }

  /**
   * A round trip on the listening connection: PostgreSQL sends a listener its pending notices
   * before it answers, so after it every change committed before it started has been heard.
   * Callers share the next round trip until it is sent: it is sent after the event loop's current
   * turn (every request read in that turn waits for the same one) and after the one in flight,
   * so it always starts after each of their calls.
   */
  private syncListener(): Promise<boolean> {
    this.nextPing ??= new Promise<void>((sent) => {
      const send = () => setImmediate(sent);
      if (this.pingInFlight) void this.pingInFlight.then(send);
      else send();
    }).then(() => {
      this.nextPing = null;
      const done = this.ping();
      this.pingInFlight = done;
      void done.then(() => {
        if (this.pingInFlight === done) this.pingInFlight = null;
      });
      return done;
    });
    return this.nextPing;
  }

  /** Never rejects: false when the listener is gone or the round trip failed. */
  private ping(): Promise<boolean> {
    const listener = this.listener;
    if (!listener) return Promise.resolve(false);
    return listener.query('SELECT 1').then(
      () => true,
      () => false,
    );
  }

  /** One connection of its own, LISTENing; it reconnects if the server drops it. */
  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.database.url,
      application_name: 'admz-notices',
    });
    this.listener = client;
    const retry = (reason: string) => {
      if (this.listener !== client) return;
      // Notices may be missed from now on: nothing cached is trusted until listening again.
      this.isListening = false;
      this.clearAll();
      this.listener = null;
      client.removeAllListeners();
      client.on('error', () => undefined);
      if (this.isStopping) return;
      this.logger.warn(`cache notice listener lost (${reason}), reconnecting`);
      setTimeout(() => void this.listen(), reconnectMs).unref();
    };
    client.on('notification', (message) => this.dispatch(message.channel, message.payload ?? ''));
    client.on('error', (error) => retry(error.message));
    client.on('end', () => retry('connection ended'));
    try {
      await client.connect();
      await client.query(noticeChannels.map((channel) => `LISTEN ${channel}`).join('; '));
      if (this.listener !== client) return;
      this.clearAll();
      this.isListening = true;
    } catch (error) {
      retry((error as Error).message);
    }
  }
}
