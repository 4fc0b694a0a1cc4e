import {
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config';
import { KiosksService } from '../kiosks/kiosks.service';
import { ACCESS_KEY, type AccessLevel, type AuthenticatedRequest } from './access.decorators';
import { SESSION_COOKIE, SessionsService } from './sessions.service';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The one place that decides who may call what: every route is closed unless it says `@Public()`. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly kiosks: KiosksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const level =
      this.reflector.getAllAndOverride<AccessLevel>(ACCESS_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? 'agent';
    if (level === 'public') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();

    if (level === 'kiosk') {
      const credential = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (!credential) throw new UnauthorizedException('Borne non reconnue : appairez-la.');
      const appVersion = request.headers['x-kiosk-app-version'];
      request.kiosk = await this.kiosks.authenticate(
        credential,
        typeof appVersion === 'string' ? appVersion : undefined,
      );
      return true;
    }

    const token = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const auth = token ? await this.sessions.findByToken(token) : null;
    if (!auth) throw new UnauthorizedException('Vous devez vous connecter.');
    // The SameSite cookie already stops cross-site posts; refuse a foreign Origin as well.
    const origin = request.headers.origin;
    if (
      unsafeMethods.has(request.method) &&
      origin &&
      !this.isSameOrigin(origin, request.headers.host)
    ) {
      throw new ForbiddenException('Requête refusée : origine non autorisée.');
    }
    request.auth = auth;

    if (level === 'admin' && !auth.user.isAdmin) {
      throw new ForbiddenException('Cette action est réservée aux administrateurs.');
    }
    if (level === 'site-host' && !auth.user.isAdmin) {
      const siteId = request.params.siteId;
      if (typeof siteId !== 'string' || !auth.hostedSiteIds.includes(siteId)) {
        throw new ForbiddenException("Vous n'êtes pas gestionnaire de ce site.");
      }
    }
    return true;
  }

  private isSameOrigin(origin: string, host: string | undefined): boolean {
    if (origin === new URL(this.config.publicUrl).origin) return true;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
}
