import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { SiteRole, User } from '../users/user.entity';
import { Session } from './session.entity';
import type { CurrentUserContext } from './access.decorators';

export const SESSION_COOKIE = 'admz_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(SiteRole) private readonly siteRoles: Repository<SiteRole>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens a session; the returned token goes in the cookie, only its hash is stored. */
  async openSession(userId: string, idToken: string | null): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionDays * 24 * 3600 * 1000);
    await this.sessions.insert({ tokenHash: hashToken(token), userId, idToken, expiresAt });
    return { token, expiresAt };
  }

  async findByToken(token: string): Promise<CurrentUserContext | null> {
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(token), expiresAt: MoreThan(new Date()) });
    if (!session) return null;
    const user = await this.users.findOneBy({ id: session.userId });
    if (!user) return null;
    const roles = await this.siteRoles.findBy({ userId: user.id, role: 'host' });
    return { user, hostedSiteIds: roles.map((role) => role.siteId), sessionId: session.id };
  }

  /** Ends the session and hands back the id_token the provider wants for its own logout. */
  async closeSession(token: string): Promise<{ idToken: string | null } | null> {
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(token) });
    if (!session) return null;
    await this.sessions.delete({ id: session.id });
    return { idToken: session.idToken };
  }
}
