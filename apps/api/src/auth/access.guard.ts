import {
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
  UnsupportedMediaTypeException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { idSchema } from '@admz/shared';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config';
import { isEventProposedBy } from '../events/event-queries';
import { KiosksService } from '../kiosks/kiosks.service';
import {
  ACCESS_KEY,
  OWN_BODY_KEY,
  type AccessLevel,
  type AuthenticatedRequest,
  type CurrentUserContext,
} from './access.decorators';
import { SESSION_COOKIE, SessionsService } from './sessions.service';

const eventPathSchema = z.object({ siteId: idSchema, eventId: idSchema });
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The one place that decides who may call what: every route is closed unless it says `@Public()`. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly kiosks: KiosksService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const level = this.reflector.getAllAndOverride<AccessLevel>(ACCESS_KEY, targets) ?? 'agent';
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (unsafeMethods.has(request.method)) {
      this.refuseCrossSiteRequest(request);
      if (!this.reflector.getAllAndOverride<boolean>(OWN_BODY_KEY, targets)) {
        refuseBodyOtherThanJson(request);
      }
    }
    if (level === 'public') return true;

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
    if (level === 'event-organiser' && !(await this.organises(auth, request.params))) {
      throw new ForbiddenException(
        'Seuls les gestionnaires du site et la personne qui a proposé cet événement peuvent faire cela.',
      );
    }
    return true;
  }

  /** A malformed id is let through to the route's own validation, which refuses it (400). */
  private async organises(
    { user, hostedSiteIds }: CurrentUserContext,
    params: unknown,
  ): Promise<boolean> {
    const ids = eventPathSchema.safeParse(params);
    if (!ids.success) return true;
    const { siteId, eventId } = ids.data;
    if (user.isAdmin || hostedSiteIds.includes(siteId)) return true;
    return isEventProposedBy(this.dataSource, siteId, eventId, user.id);
  }

  /**
   * A state change must come from AdmZ's own pages: the browser's `Sec-Fetch-Site`, else its
   * `Origin`, must say so. The SameSite cookie alone would let a same-site page through, and
   * an old browser send no header at all. A request carrying an `Authorization` header (a
   * kiosk's credential) holds no ambient credential a foreign page could borrow.
   */
  private refuseCrossSiteRequest(request: AuthenticatedRequest): void {
    if (request.headers.authorization) return;
    const fetchSite = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const isSameOrigin =
      fetchSite !== undefined
        ? fetchSite === 'same-origin' && (origin === undefined || this.isOurOrigin(origin, request))
        : origin !== undefined && this.isOurOrigin(origin, request);
    if (!isSameOrigin) {
      throw new ForbiddenException(
        'Requête refusée : elle ne vient pas d’une page d’AdmZ. Rechargez la page et réessayez.',
      );
    }
  }

  private isOurOrigin(origin: string, request: AuthenticatedRequest): boolean {
    if (origin === new URL(this.config.publicUrl).origin) return true;
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  }
}

/** A body the API would not read is refused rather than ignored (a form posted across sites). */
function refuseBodyOtherThanJson(request: AuthenticatedRequest): void {
  const hasBody =
    request.headers['transfer-encoding'] !== undefined ||
    Number(request.headers['content-length'] ?? 0) > 0;
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (hasBody && mediaType !== 'application/json') {
    throw new UnsupportedMediaTypeException(
      'Le corps de la requête doit être du JSON (Content-Type: application/json).',
    );
  }
}
