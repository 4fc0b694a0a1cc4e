import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Kiosk } from '../kiosks/kiosk.entity';
import type { User } from '../users/user.entity';

/** Who may call a route. Every route is `agent` unless it says otherwise. */
export type AccessLevel = 'public' | 'agent' | 'site-host' | 'event-organiser' | 'admin' | 'kiosk';
export const ACCESS_KEY = 'admz:access';

export const Public = () => SetMetadata(ACCESS_KEY, 'public' satisfies AccessLevel);
/** Host of the site named by the `:siteId` route parameter, or admin. */
export const SiteHostOnly = () => SetMetadata(ACCESS_KEY, 'site-host' satisfies AccessLevel);
/** The event in the path's organisers: the hosts of its site, and who proposed it. */
export const EventOrganiserOnly = () =>
  SetMetadata(ACCESS_KEY, 'event-organiser' satisfies AccessLevel);
export const AdminOnly = () => SetMetadata(ACCESS_KEY, 'admin' satisfies AccessLevel);
/** A kiosk device presenting its credential as a Bearer token. */
export const KioskOnly = () => SetMetadata(ACCESS_KEY, 'kiosk' satisfies AccessLevel);

export const OWN_BODY_KEY = 'admz:own-body';
/** A route whose body is not JSON (an image upload), read and checked by its own parser. */
export const ReadsItsOwnBody = () => SetMetadata(OWN_BODY_KEY, true);

export type CurrentUserContext = {
  user: User;
  hostedSiteIds: string[];
  sessionId: string;
  /**
   * The process had heard every change committed before this request began when it looked the
   * session up (DatabaseNoticesService): its caches may be read without waiting again.
   */
  hasHeardCommittedChanges: boolean;
};

export type AuthenticatedRequest = Request & { auth?: CurrentUserContext; kiosk?: Kiosk };

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CurrentUserContext => {
    const auth = context.switchToHttp().getRequest<AuthenticatedRequest>().auth;
    if (!auth) throw new Error('CurrentUser used on a route that is not authenticated');
    return auth;
  },
);

export const CurrentKiosk = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Kiosk => {
    const kiosk = context.switchToHttp().getRequest<AuthenticatedRequest>().kiosk;
    if (!kiosk) throw new Error('CurrentKiosk used on a route that is not kiosk-authenticated');
    return kiosk;
  },
);
