import type { TodayGuest } from '@admz/shared';
import type { GuestInvitationRow } from './guest-queries';

/** A guest of the day as the host's board and the evacuation list show them. */
export function toTodayGuest(row: GuestInvitationRow): TodayGuest {
  return {
    invitationId: row.id,
    givenName: row.guest?.givenName ?? '',
    usualName: row.guest?.usualName ?? '',
    organisation: row.guest?.organisation ?? '',
    invitedBy: row.inviter ? `${row.inviter.givenName} ${row.inviter.usualName}` : null,
    status: row.status,
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
  };
}
