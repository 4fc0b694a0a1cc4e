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
import { DatabaseNoticesService } from '../database/database-notices.service';
import { SessionCache, parseSessionNotice } from './session-cache';

export const SESSION_COOKIE = 'admz_session';

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
   * The session, its person and the sites they host: from the process's cache, else in one
   * query (then kept, unless a change of that person was announced meanwhile).
   */
  async findByToken(token: string): Promise<CurrentUserContext | null> {
    const tokenHash = hashToken(token);
    const now = this.clock.now();
    const ticket = (await this.notices.afterCommittedChanges()) ? this.cache.ticket() : null;
    const cached = ticket ? this.cache.read(tokenHash, now) : undefined;
    if (cached) return cached;
    const [row]: (Record<string, unknown> & {
      session_id: string;
      session_expires_at: Date;
      hosted_site_ids: string[];
    })[] = await this.sessions.query(
      `SELECT s.id AS session_id, s.expires_at AS session_expires_at, u.*,
              coalesce((SELECT array_agg(r.site_id::text) FROM site_roles r WHERE r.user_id = u.id AND r.role = 'host'), '{}'::text[]) AS hosted_site_ids
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [tokenHash, now],
    );
    if (!row) return null;
    const user = this.users.create({
      id: row.id as string,
      sub: row.sub as string,
      givenName: row.given_name as string,
      usualName: row.usual_name as string,
      email: row.email as string,
      uid: row.uid as string | null,
      siret: row.siret as string | null,
      idpId: row.idp_id as string | null,
      organizationLabel: row.organization_label as string | null,
      isAdmin: row.is_admin as boolean,
    });
    const context = { user, hostedSiteIds: row.hosted_site_ids, sessionId: row.session_id };
    if (ticket) this.cache.store(ticket, tokenHash, { expiresAt: row.session_expires_at, context });
    return context;
  }

  /** Ends the session and hands back the id_token the provider wants for its own logout. */
  async closeSession(token: string): Promise<{ idToken: string | null } | null> {
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(token) });
    if (!session) return null;
    await this.sessions.delete({ id: session.id });
    return { idToken: session.idToken };
  }
}
