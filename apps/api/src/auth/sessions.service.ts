import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { User } from '../users/user.entity';
import { Session } from './session.entity';
import type { CurrentUserContext } from './access.decorators';
import { Clock } from '../common/clock';
import { millisecondsPerDay } from '@admz/shared';
import { z } from 'zod';
import { DatabaseNoticesService } from '../database/database-notices.service';
import { column, queryRows } from '../database/typed-query';
import { SessionCache, parseSessionNotice, type SessionCacheTicket } from './session-cache';

export const SESSION_COOKIE = 'admz_session';

/** A session with its person and the sites they host, as the guard needs them. */
const sessionRow = z.object({
  token_hash: column.text,
  session_id: column.id,
  expires_at: column.instant,
  id: column.id,
  sub: column.text,
  given_name: column.text,
  usual_name: column.text,
  email: column.text,
  uid: column.text.nullable(),
  siret: column.text.nullable(),
  idp_id: column.text.nullable(),
  organization_label: column.text.nullable(),
  is_admin: column.boolean,
  hosted_site_ids: z.array(column.id),
});
type SessionRow = z.output<typeof sessionRow>;

type PendingLookup = {
  tokenHash: string;
  resolve: (row: SessionRow | undefined) => void;
  reject: (error: unknown) => void;
};

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Sessions live in PostgreSQL; each process keeps those it looked up (see SessionCache), trusted
 * only after every change committed before the request has been heard (DatabaseNoticesService):
 * a logout on one process refuses the session on every process at once.
 */
@Injectable()
export class SessionsService {
  readonly cache = new SessionCache();
  private pendingLookups: PendingLookup[] = [];

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly notices: DatabaseNoticesService,
  ) {
    notices.subscribe('admz_sessions', {
      receive: (payload) => this.cache.receive(parseSessionNotice(payload)),
      clear: () => this.cache.clear(),
    });
  }

  /** Opens a session; the returned token goes in the cookie, only its hash is stored. */
  async openSession(
    userId: string,
    idToken: string | null,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(
      this.clock.now().getTime() + this.config.sessionDays * millisecondsPerDay,
    );
    await this.sessions.insert({ tokenHash: hashToken(token), userId, idToken, expiresAt });
    return { token, expiresAt };
  }

  /**
   * The session, its person and the sites they host: from the process's cache, else read (then
   * kept, unless a change of that person was announced meanwhile).
   */
  async findByToken(token: string): Promise<CurrentUserContext | null> {
    const tokenHash = hashToken(token);
    if (this.cache.read(tokenHash, this.clock.now()) === undefined) {
      // Not held: a notice only deletes, so it will not be held after the round trip that syncs
      // the cache either. The database is read beside that round trip rather than after it; the
      // ticket, taken before the read, keeps the answer out of the cache if a notice about the
      // person arrives meanwhile.
      const ticket = this.cache.ticket();
      const [isSynced, row] = await Promise.all([
        this.notices.afterCommittedChanges(),
        this.lookUp(tokenHash),
      ]);
      return this.contextOf(tokenHash, row, isSynced ? ticket : null);
    }
    const ticket = (await this.notices.afterCommittedChanges()) ? this.cache.ticket() : null;
    const cached = ticket ? this.cache.read(tokenHash, this.clock.now()) : undefined;
    if (cached) return cached;
    return this.contextOf(tokenHash, await this.lookUp(tokenHash), ticket);
  }

  /** A session read from the database, kept when `ticket` says nothing changed since. */
  private contextOf(
    tokenHash: string,
    row: SessionRow | undefined,
    ticket: SessionCacheTicket | null,
  ): CurrentUserContext | null {
    if (!row) return null;
    const user = this.users.create({
      id: row.id,
      sub: row.sub,
      givenName: row.given_name,
      usualName: row.usual_name,
      email: row.email,
      uid: row.uid,
      siret: row.siret,
      idpId: row.idp_id,
      organizationLabel: row.organization_label,
      isAdmin: row.is_admin,
    });
    const context = {
      user,
      hostedSiteIds: row.hosted_site_ids,
      sessionId: row.session_id,
      // Only such a context is stored: one read from the cache was synced by this request too.
      hasHeardCommittedChanges: ticket !== null,
    };
    if (ticket) this.cache.store(ticket, tokenHash, { expiresAt: row.expires_at, context });
    return context;
  }

  /**
   * Reads a session not held in memory. The lookups of one turn of the event loop share one
   * query: a crowd of people arriving at once (a storm of bookings) costs a few round trips,
   * not one each. The query starts after each lookup's cache ticket was taken.
   */
  private lookUp(tokenHash: string): Promise<SessionRow | undefined> {
    return new Promise((resolve, reject) => {
      this.pendingLookups.push({ tokenHash, resolve, reject });
      if (this.pendingLookups.length === 1) setImmediate(() => void this.readPendingLookups());
    });
  }

  private async readPendingLookups(): Promise<void> {
    const lookups = this.pendingLookups;
    this.pendingLookups = [];
    try {
      const rows = await queryRows(
        this.sessions,
        sessionRow,
        `SELECT s.token_hash, s.id AS session_id, s.expires_at, u.id, u.sub, u.given_name, u.usual_name,
                u.email, u.uid, u.siret, u.idp_id, u.organization_label, u.is_admin,
                coalesce((SELECT array_agg(r.site_id::text) FROM site_roles r WHERE r.user_id = u.id AND r.role = 'host'), '{}'::text[]) AS hosted_site_ids
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ANY($1::text[]) AND s.expires_at > $2`,
        [[...new Set(lookups.map((lookup) => lookup.tokenHash))], this.clock.now()],
      );
      const byHash = new Map(rows.map((row) => [row.token_hash, row]));
      for (const lookup of lookups) lookup.resolve(byHash.get(lookup.tokenHash));
    } catch (error) {
      for (const lookup of lookups) lookup.reject(error);
    }
  }

  /** Ends the session and hands back the id_token the provider wants for its own logout. */
  async closeSession(token: string): Promise<{ idToken: string | null } | null> {
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(token) });
    if (!session) return null;
    await this.sessions.delete({ id: session.id });
    return { idToken: session.idToken };
  }
}
