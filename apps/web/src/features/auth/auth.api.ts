import { meSchema, type Me } from '@admz/shared';
import { isApiError, requestApi } from '../../api-client';

/** The person logged in, or `null` when nobody is (401 is an answer here, not a failure). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await requestApi('/api/me', meSchema);
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export function buildLoginUrl(returnTo: string): string {
  return `/api/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}

export const logoutUrl = '/api/auth/logout';

export function canSeeHostView(me: Me): boolean {
  return me.isAdmin || me.hostedSiteIds.length > 0;
}
