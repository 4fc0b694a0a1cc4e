import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Client } from 'pg';
import type { AvailabilityDay, AvailabilityView } from '../bookings/availability';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../database/database-connection';
import { AvailabilityCache, parseAvailabilityNotice, type CacheTicket } from './availability-cache';

export const availabilityChannel = 'admz_availability';

const reconnectMs = 2_000;

/**
 * The process's availability cache, kept true by the `admz_availability` NOTIFY channel (see the
 * `admz_notify_availability` trigger): a change committed by any process, or in SQL, empties
 * what it touches in every process. Without a listening connection nothing is cached.
 */
@Injectable()
export class AvailabilityCacheService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('AvailabilityCache');
  readonly cache = new AvailabilityCache<AvailabilityDay, AvailabilityView>();
  private isListening = false;
  private isStopping = false;
  private listener: Client | null = null;
  private stopListening: (() => void) | null = null;
  private pingInFlight: Promise<boolean> | null = null;
  private pingQueued: Promise<boolean> | null = null;

  constructor(@Inject(DATABASE_CONNECTION) private readonly database: DatabaseConnection) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.database.notifications) {
      // The embedded database hands a commit's notices over before the commit's reply.
      this.stopListening = this.database.notifications.subscribe(availabilityChannel, (payload) =>
        this.cache.receive(parseAvailabilityNotice(payload)),
      );
      this.isListening = true;
      return;
    }
    await this.listen();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.isStopping = true;
    this.isListening = false;
    this.stopListening?.();
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  /**
   * A ticket once every notice committed before this call has been received, or null when the
   * cache cannot be trusted (no listener): then the caller reads the database.
   */
  async ticketAfterCommittedChanges(): Promise<CacheTicket | null> {
    if (!this.isListening) return null;
    if (this.listener && !(await this.syncListener())) return null;
    return this.isListening ? this.cache.ticket() : null;
  }

  /**
   * A round trip on the listening connection: PostgreSQL sends a listener its pending notices
   * before it answers, so after it every change committed before it started has been heard.
   * Concurrent callers share a round trip that starts after their call.
   */
  private syncListener(): Promise<boolean> {
    if (this.pingInFlight === null) {
      this.pingInFlight = this.ping();
      return this.pingInFlight;
    }
    this.pingQueued ??= this.pingInFlight.then(() => {
      this.pingQueued = null;
      this.pingInFlight = this.ping();
      return this.pingInFlight;
    });
    return this.pingQueued;
  }

  private ping(): Promise<boolean> {
    const listener = this.listener;
    const done: Promise<boolean> = (listener ? listener.query('SELECT 1') : Promise.reject())
      .then(() => true)
      .catch(() => false)
      .finally(() => {
        if (this.pingInFlight === done) this.pingInFlight = null;
      });
    return done;
  }

  /** One connection of its own, LISTENing; it reconnects if the server drops it. */
  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.database.url,
      application_name: 'admz-availability',
    });
    this.listener = client;
    const retry = (reason: string) => {
      if (this.listener !== client) return;
      // Notices may be missed from now on: nothing cached is trusted until listening again.
      this.isListening = false;
      this.cache.clear();
      this.listener = null;
      client.removeAllListeners();
      client.on('error', () => undefined);
      if (this.isStopping) return;
      this.logger.warn(`availability listener lost (${reason}), reconnecting`);
      setTimeout(() => void this.listen(), reconnectMs).unref();
    };
    client.on('notification', (message) => {
      if (message.channel === availabilityChannel) {
        this.cache.receive(parseAvailabilityNotice(message.payload ?? ''));
      }
    });
    client.on('error', (error) => retry(error.message));
    client.on('end', () => retry('connection ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${availabilityChannel}`);
      if (this.listener !== client) return;
      this.cache.clear();
      this.isListening = true;
    } catch (error) {
      retry((error as Error).message);
    }
  }
}
