import {
  Injectable,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { LiveEvent } from '@admz/shared';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { DatabaseNoticesService } from '../database/database-notices.service';
import { readOccupancy } from './occupancy';
import { Clock } from '../common/clock';
import { z } from 'zod';
import { column, queryRows } from '../database/typed-query';

export const liveChannel = 'admz_live';

/** What the database announces (see the `admz_notify_live` trigger). */
type LiveNotice =
  | { kind: 'booking'; siteId: string; bookingId: string; change: string }
  | { kind: 'kiosk-message'; siteId: string; message: string }
  | { kind: 'kiosk-revoked'; siteId: string; kioskId: string }
  | { kind: 'desks'; siteId: string };

type Audience = { kind: 'host' } | { kind: 'kiosk'; kioskId: string };
type LiveClient = { audience: Audience; response: Response };

const attendanceChanges = new Set(['booked', 'checked_in', 'checked_out', 'cancelled', 'absent']);
const heartbeatMs = 25_000;
const occupancyDebounceMs = 150;

/**
 * Server-Sent Events for hosts and kiosks, fed by PostgreSQL LISTEN/NOTIFY: whichever API
 * process changed a booking, every process hears it and tells its own clients.
 */
@Injectable()
export class LiveService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Live');
  private readonly clientsBySite = new Map<string, Set<LiveClient>>();
  private readonly pendingOccupancy = new Map<string, NodeJS.Timeout>();
  private isStopping = false;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    notices: DatabaseNoticesService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    // On the process's one listening connection (DatabaseNoticesService). A notice missed while
    // it reconnects is not replayed; the occupancy the next notice sends is read afresh.
    notices.subscribe(liveChannel, {
      receive: (payload) => this.receive(payload),
      clear: () => {},
    });
  }

  onApplicationBootstrap(): void {
    this.heartbeat = setInterval(() => this.writeToAll(': ping\n\n'), heartbeatMs);
    this.heartbeat.unref();
  }

  beforeApplicationShutdown(): void {
    this.closeStreams();
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const timer of this.pendingOccupancy.values()) clearTimeout(timer);
  }

  /**
   * Ends every open stream and refuses new ones: open streams would keep the HTTP server from
   * closing, and their clients reconnect to another process on their own (`retry:`).
   */
  closeStreams(): void {
    this.isStopping = true;
    for (const clients of this.clientsBySite.values()) {
      for (const client of clients) client.response.end();
    }
    this.clientsBySite.clear();
  }

  /** Opens an SSE stream of one site's events; the first message is its occupancy. */
  async open(siteId: string, audience: Audience, request: Request, response: Response) {
    if (this.isStopping) {
      throw new ServiceUnavailableException('Le serveur redémarre : reconnexion dans un instant.');
    }
    const [site] = await queryRows(
      this.dataSource.manager,
      z.object({ found: column.integer }),
      `SELECT 1 AS found FROM sites WHERE id = $1`,
      [siteId],
    );
    if (!site) throw new NotFoundException("Ce site n'existe pas.");
    response.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // Reverse proxies must not buffer the stream.
      'X-Accel-Buffering': 'no',
    });
    response.flushHeaders();
    response.write('retry: 3000\n\n');
    const client: LiveClient = { audience, response };
    const clients = this.clientsBySite.get(siteId) ?? new Set<LiveClient>();
    clients.add(client);
    this.clientsBySite.set(siteId, clients);
    request.on('close', () => {
      clients.delete(client);
      if (clients.size === 0) this.clientsBySite.delete(siteId);
    });
    const occupancy = await readOccupancy(this.dataSource, siteId, this.clock.now());
    send(client, { type: 'occupancy', siteId, occupancy });
  }

  /** Number of open streams, for tests and diagnostics. */
  countClients(siteId: string): number {
    return this.clientsBySite.get(siteId)?.size ?? 0;
  }

  private receive(payload: string): void {
    let notice: LiveNotice;
    try {
      notice = JSON.parse(payload) as LiveNotice;
    } catch {
      return;
    }
    const clients = this.clientsBySite.get(notice.siteId);
    if (!clients || clients.size === 0) return;
    if (notice.kind === 'kiosk-message') {
      for (const client of clients)
        send(client, { type: 'kiosk-message', siteId: notice.siteId, message: notice.message });
      return;
    }
    if (notice.kind === 'kiosk-revoked') {
      for (const client of clients) {
        if (client.audience.kind === 'kiosk' && client.audience.kioskId === notice.kioskId) {
          send(client, { type: 'kiosk-revoked', kioskId: notice.kioskId });
          client.response.end();
          clients.delete(client);
        }
      }
      return;
    }
    this.scheduleOccupancy(notice.siteId);
    if (notice.kind === 'booking' && attendanceChanges.has(notice.change)) {
      void this.sendAttendance(notice).catch((error: Error) =>
        this.logger.warn(`attendance event not sent: ${error.message}`),
      );
    }
  }

  /** Bursts (a morning rush) become one occupancy message per site every 150 ms at most. */
  private scheduleOccupancy(siteId: string): void {
    if (this.pendingOccupancy.has(siteId)) return;
    const timer = setTimeout(() => {
      this.pendingOccupancy.delete(siteId);
      void readOccupancy(this.dataSource, siteId, this.clock.now())
        .then((occupancy) => {
          for (const client of this.clientsBySite.get(siteId) ?? [])
            send(client, { type: 'occupancy', siteId, occupancy });
        })
        .catch((error: Error) => this.logger.warn(`occupancy not sent: ${error.message}`));
    }, occupancyDebounceMs);
    this.pendingOccupancy.set(siteId, timer);
  }

  private async sendAttendance(notice: Extract<LiveNotice, { kind: 'booking' }>): Promise<void> {
    const [row] = await queryRows(
      this.dataSource.manager,
      z.object({
        given_name: column.text,
        usual_name: column.text,
        label: column.text,
        at: column.instant,
      }),
      `SELECT u.given_name, u.usual_name, d.label,
              CASE $2 WHEN 'checked_in' THEN b.checked_in_at WHEN 'checked_out' THEN b.checked_out_at
                      WHEN 'absent' THEN b.released_at WHEN 'cancelled' THEN b.cancelled_at
                      ELSE b.created_at END AS at
       FROM bookings b JOIN users u ON u.id = b.user_id JOIN desks d ON d.id = b.desk_id
       WHERE b.id = $1`,
      [notice.bookingId, notice.change],
    );
    if (!row) return;
    const change = notice.change as Extract<LiveEvent, { type: 'attendance' }>['change'];
    for (const client of this.clientsBySite.get(notice.siteId) ?? []) {
      const isHost = client.audience.kind === 'host';
      send(client, {
        type: 'attendance',
        siteId: notice.siteId,
        bookingId: notice.bookingId,
        change,
        person: isHost ? { givenName: row.given_name, usualName: row.usual_name } : null,
        deskLabel: isHost ? row.label : null,
        at: (row.at ?? this.clock.now()).toISOString(),
      });
    }
  }

  private writeToAll(text: string): void {
    for (const clients of this.clientsBySite.values()) {
      for (const client of clients) client.response.write(text);
    }
  }
}

function send(client: LiveClient, event: LiveEvent): void {
  client.response.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
}
