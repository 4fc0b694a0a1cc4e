import {
  guestInvitationSchema,
  guestPublicViewSchema,
  guestSettingsSchema,
  type CreateGuestInvitation,
  type GuestInvitation,
  type GuestPublicView,
  type GuestSettings,
} from '@admz/shared';
import { z } from 'zod/mini';
import { requestApi } from '../../api-client';

const siteGuestsPath = (siteId: string) =>
  `/api/sites/${encodeURIComponent(siteId)}/guests/invitations`;
const publicPath = (secret: string) =>
  `/api/public/guest-invitations/${encodeURIComponent(secret)}`;

export function fetchMyInvitations(): Promise<GuestInvitation[]> {
  return requestApi('/api/guests/invitations', z.array(guestInvitationSchema));
}

export function inviteGuest(body: CreateGuestInvitation): Promise<GuestInvitation> {
  return requestApi('/api/guests/invitations', guestInvitationSchema, { method: 'POST', body });
}

export function cancelInvitation(invitationId: string): Promise<GuestInvitation> {
  return requestApi(
    `/api/guests/invitations/${encodeURIComponent(invitationId)}/cancel`,
    guestInvitationSchema,
    { method: 'POST' },
  );
}

export function fetchPendingInvitations(siteId: string): Promise<GuestInvitation[]> {
  return requestApi(siteGuestsPath(siteId), z.array(guestInvitationSchema));
}

export function approveInvitation(siteId: string, invitationId: string): Promise<GuestInvitation> {
  return requestApi(
    `${siteGuestsPath(siteId)}/${encodeURIComponent(invitationId)}/approval`,
    guestInvitationSchema,
    { method: 'POST' },
  );
}

export function declineInvitation(
  siteId: string,
  invitationId: string,
  reason: string,
): Promise<GuestInvitation> {
  return requestApi(
    `${siteGuestsPath(siteId)}/${encodeURIComponent(invitationId)}/decline`,
    guestInvitationSchema,
    { method: 'POST', body: { reason } },
  );
}

export function fetchGuestPage(secret: string): Promise<GuestPublicView> {
  return requestApi(publicPath(secret), guestPublicViewSchema);
}

export function acceptCharter(secret: string): Promise<GuestPublicView> {
  return requestApi(`${publicPath(secret)}/charter-acceptance`, guestPublicViewSchema, {
    method: 'POST',
  });
}

const guestSettingsPath = (siteId: string) =>
  `/api/sites/${encodeURIComponent(siteId)}/guests/settings`;

export function fetchGuestSettings(siteId: string): Promise<GuestSettings> {
  return requestApi(guestSettingsPath(siteId), guestSettingsSchema);
}

export function updateGuestSettings(siteId: string, body: GuestSettings): Promise<GuestSettings> {
  return requestApi(guestSettingsPath(siteId), guestSettingsSchema, { method: 'PUT', body });
}
