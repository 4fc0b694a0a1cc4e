import { guestInvitationStatusSchema } from '@admz/shared';
import { z } from 'zod';
import {
  column,
  queryAffectedCount,
  queryOneRow,
  queryRows,
  type Queryable,
} from '../database/typed-query';

/** The guests domain's SQL: an agent's invitations of a day are counted under their lock. */

const invitationRow = z.object({
  id: column.id,
  site_id: column.id,
  site_name: column.text,
  site_address: column.text,
  site_access_info: column.text,
  timezone: column.text,
  usage_charter: column.text.nullable(),
  local_date: column.date,
  invited_by_user_id: column.id.nullable(),
  inviter_given_name: column.text.nullable(),
  inviter_usual_name: column.text.nullable(),
  inviter_email: column.text.nullable(),
  given_name: column.text.nullable(),
  usual_name: column.text.nullable(),
  email: column.text.nullable(),
  organisation: column.text.nullable(),
  siret: column.text.nullable(),
  reason: column.text.nullable(),
  status: guestInvitationStatusSchema,
  decline_reason: column.text.nullable(),
  decided_at: column.instant.nullable(),
  charter_accepted_at: column.instant.nullable(),
  short_code: column.text,
  checked_in_at: column.instant.nullable(),
  checked_out_at: column.instant.nullable(),
  created_at: column.instant,
  purged_at: column.instant.nullable(),
});

export type GuestInvitationRow = {
  id: string;
  siteId: string;
  site: { name: string; address: string; accessInfo: string; timezone: string };
  usageCharter: string | null;
  date: string;
  invitedByUserId: string | null;
  inviter: { givenName: string; usualName: string; email: string } | null;
  guest: {
    givenName: string;
    usualName: string;
    email: string;
    organisation: string;
    siret: string | null;
  } | null;
  reason: string | null;
  status: z.infer<typeof guestInvitationStatusSchema>;
  declineReason: string | null;
  decidedAt: Date | null;
  charterAcceptedAt: Date | null;
  shortCode: string;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  createdAt: Date;
  purgedAt: Date | null;
};

function toInvitation(row: z.output<typeof invitationRow>): GuestInvitationRow {
  return {
    id: row.id,
    siteId: row.site_id,
    site: {
      name: row.site_name,
      address: row.site_address,
      accessInfo: row.site_access_info,
      timezone: row.timezone,
    },
    usageCharter: row.usage_charter,
    date: row.local_date,
    invitedByUserId: row.invited_by_user_id,
    inviter:
      row.inviter_given_name !== null && row.inviter_usual_name !== null && row.inviter_email
        ? {
            givenName: row.inviter_given_name,
            usualName: row.inviter_usual_name,
            email: row.inviter_email,
          }
        : null,
    guest:
      row.given_name !== null && row.email !== null
        ? {
            givenName: row.given_name,
            usualName: row.usual_name ?? '',
            email: row.email,
            organisation: row.organisation ?? '',
            siret: row.siret,
          }
        : null,
    reason: row.reason,
    status: row.status,
    declineReason: row.decline_reason,
    decidedAt: row.decided_at,
    charterAcceptedAt: row.charter_accepted_at,
    shortCode: row.short_code,
    checkedInAt: row.checked_in_at,
    checkedOutAt: row.checked_out_at,
    createdAt: row.created_at,
    purgedAt: row.purged_at,
  };
}

const selectInvitations = `
  SELECT g.id, g.site_id, s.name AS site_name, s.address AS site_address,
         s.access_info AS site_access_info, s.timezone, s.usage_charter, g.local_date,
         g.invited_by_user_id, u.given_name AS inviter_given_name,
         u.usual_name AS inviter_usual_name, u.email AS inviter_email,
         g.given_name, g.usual_name, g.email, g.organisation, g.siret, g.reason, g.status,
         g.decline_reason, g.decided_at, g.charter_accepted_at, g.short_code, g.checked_in_at,
         g.checked_out_at, g.created_at, g.purged_at
  FROM guest_invitations g
  JOIN sites s ON s.id = g.site_id
  LEFT JOIN users u ON u.id = g.invited_by_user_id`;

/** Holds the agent's invitations lock for `date` until the transaction ends (count, then insert). */
export async function lockInviterDay(db: Queryable, userId: string, date: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
    `admz:guest-invitations:${userId}:${date}`,
  ]);
}

/** The agent's invitations of a day that still count (a cancelled one gives its place back). */
export async function countInviterDay(
  db: Queryable,
  userId: string,
  date: string,
): Promise<number> {
  const row = await queryOneRow(
    db,
    z.object({ count: column.integer }),
    `SELECT count(*)::int AS count FROM guest_invitations
     WHERE invited_by_user_id = $1 AND local_date = $2 AND status <> 'cancelled'`,
    [userId, date],
  );
  return row.count;
}

/** Whether a typed code is taken already, by a booking, a registration or an invitation. */
export async function isShortCodeTaken(db: Queryable, shortCode: string): Promise<boolean> {
  const row = await queryOneRow(
    db,
    z.object({ taken: column.boolean }),
    `SELECT EXISTS (SELECT 1 FROM bookings WHERE short_code = $1)
         OR EXISTS (SELECT 1 FROM event_registrations WHERE short_code = $1)
         OR EXISTS (SELECT 1 FROM guest_invitations WHERE short_code = $1) AS taken`,
    [shortCode],
  );
  return row.taken;
}

export type NewInvitation = {
  siteId: string;
  date: string;
  invitedByUserId: string;
  givenName: string;
  usualName: string;
  email: string;
  organisation: string;
  siret: string | null;
  reason: string;
  status: 'pending' | 'approved';
  decidedAt: Date | null;
  accessTokenHash: string;
  shortCode: string;
  createdAt: Date;
};

export async function insertInvitation(db: Queryable, invitation: NewInvitation): Promise<string> {
  const row = await queryOneRow(
    db,
    z.object({ id: column.id }),
    `INSERT INTO guest_invitations (site_id, local_date, invited_by_user_id, given_name, usual_name,
       email, organisation, siret, reason, status, decided_at, access_token_hash, short_code,
       created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     RETURNING id`,
    [
      invitation.siteId,
      invitation.date,
      invitation.invitedByUserId,
      invitation.givenName,
      invitation.usualName,
      invitation.email,
      invitation.organisation,
      invitation.siret,
      invitation.reason,
      invitation.status,
      invitation.decidedAt,
      invitation.accessTokenHash,
      invitation.shortCode,
      invitation.createdAt,
    ],
  );
  return row.id;
}

export async function findInvitation(
  db: Queryable,
  by: { id: string } | { tokenHash: string } | { shortCode: string },
): Promise<GuestInvitationRow | null> {
  const [where, value] =
    'id' in by
      ? ['g.id = $1', by.id]
      : 'tokenHash' in by
        ? ['g.access_token_hash = $1', by.tokenHash]
        : ['g.short_code = $1', by.shortCode];
  const [row] = await queryRows(db, invitationRow, `${selectInvitations} WHERE ${where}`, [value]);
  return row ? toInvitation(row) : null;
}

/** The agent's invitations, the coming ones first, then the past ones (most recent first). */
export async function listByInviter(
  db: Queryable,
  userId: string,
  today: string,
): Promise<GuestInvitationRow[]> {
  const rows = await queryRows(
    db,
    invitationRow,
    `${selectInvitations} WHERE g.invited_by_user_id = $1
     ORDER BY (g.local_date < $2::date), abs(g.local_date - $2::date), g.created_at
     LIMIT 500`,
    [userId, today],
  );
  return rows.map(toInvitation);
}

/** A site's invitations: of one day, or (no day) those awaiting a decision from `today` on. */
export async function listBySite(
  db: Queryable,
  siteId: string,
  filter: { date: string } | { pendingFrom: string },
): Promise<GuestInvitationRow[]> {
  const rows = await queryRows(
    db,
    invitationRow,
    'date' in filter
      ? `${selectInvitations} WHERE g.site_id = $1 AND g.local_date = $2::date
         ORDER BY g.usual_name, g.given_name, g.created_at`
      : `${selectInvitations} WHERE g.site_id = $1 AND g.local_date >= $2::date
           AND g.status = 'pending'
         ORDER BY g.local_date, g.created_at LIMIT 500`,
    [siteId, 'date' in filter ? filter.date : filter.pendingFrom],
  );
  return rows.map(toInvitation);
}

/** Approves or declines a pending invitation of the site; false when it was not pending. */
export async function decideInvitation(
  db: Queryable,
  decision: {
    id: string;
    siteId: string;
    status: 'approved' | 'declined';
    declineReason: string | null;
    decidedByUserId: string;
    at: Date;
  },
): Promise<boolean> {
  const affected = await queryAffectedCount(
    db,
    `UPDATE guest_invitations
     SET status = $3, decline_reason = $4, decided_by_user_id = $5, decided_at = $6
     WHERE id = $1 AND site_id = $2 AND status = 'pending'`,
    [
      decision.id,
      decision.siteId,
      decision.status,
      decision.declineReason,
      decision.decidedByUserId,
      decision.at,
    ],
  );
  return affected === 1;
}

/** Cancels the agent's own invitation while the guest has not come; false otherwise. */
export async function cancelInvitation(
  db: Queryable,
  id: string,
  userId: string,
): Promise<boolean> {
  const affected = await queryAffectedCount(
    db,
    `UPDATE guest_invitations SET status = 'cancelled'
     WHERE id = $1 AND invited_by_user_id = $2 AND status IN ('pending', 'approved')
       AND checked_in_at IS NULL`,
    [id, userId],
  );
  return affected === 1;
}

/** Records the charter's acceptance (the first one stands). */
export async function acceptCharter(db: Queryable, id: string, at: Date): Promise<void> {
  await db.query(
    `UPDATE guest_invitations SET charter_accepted_at = COALESCE(charter_accepted_at, $2)
     WHERE id = $1 AND purged_at IS NULL`,
    [id, at],
  );
}

/**
 * Conditional update: two kiosks scanning at once check the guest in exactly once. The arrival
 * instant, or null when the guest was in already (or the invitation changed meanwhile).
 */
export async function markGuestCheckedIn(
  db: Queryable,
  id: string,
  at: Date,
  kioskId: string,
): Promise<Date | null> {
  const [row] = await queryRows(
    db,
    z.object({ checked_in_at: column.instant }),
    `UPDATE guest_invitations SET checked_in_at = $2, checked_in_kiosk_id = $3
     WHERE id = $1 AND checked_in_at IS NULL AND status = 'approved'
     RETURNING checked_in_at`,
    [id, at, kioskId],
  );
  return row?.checked_in_at ?? null;
}

/** The guests of a site's day a host expects or sees: awaiting a decision, or approved. */
export async function listGuestsOfDay(
  db: Queryable,
  siteId: string,
  date: string,
): Promise<GuestInvitationRow[]> {
  const rows = await queryRows(
    db,
    invitationRow,
    `${selectInvitations} WHERE g.site_id = $1 AND g.local_date = $2::date
       AND g.status IN ('pending', 'approved') AND g.purged_at IS NULL
     ORDER BY g.usual_name, g.given_name`,
    [siteId, date],
  );
  return rows.map(toInvitation);
}

/** Guests on site now: checked in today at this site and not gone. */
export async function listGuestsOnSite(
  db: Queryable,
  siteId: string,
  date: string,
): Promise<GuestInvitationRow[]> {
  const rows = await queryRows(
    db,
    invitationRow,
    `${selectInvitations} WHERE g.site_id = $1 AND g.local_date = $2::date
       AND g.status = 'approved' AND g.checked_in_at IS NOT NULL AND g.checked_out_at IS NULL
       AND g.purged_at IS NULL
     ORDER BY g.usual_name, g.given_name`,
    [siteId, date],
  );
  return rows.map(toInvitation);
}

/**
 * Forgets the guests whose visit is more than `months` months before `now`: their name, address,
 * organisation, SIRET, the reason and the inviter (who, with site and day, would name them); the
 * row stays, anonymous, so that the site's statistics still count an invited visit (and whether
 * the guest came). The link and typed code die with it (status cancelled for a pending one).
 */
export async function purgeGuests(db: Queryable, now: Date, months: number): Promise<number> {
  return queryAffectedCount(
    db,
    `UPDATE guest_invitations
     SET given_name = NULL, usual_name = NULL, email = NULL, organisation = NULL, siret = NULL,
         reason = NULL, decline_reason = NULL, invited_by_user_id = NULL,
         decided_by_user_id = NULL, checked_in_kiosk_id = NULL, purged_at = $1
     WHERE purged_at IS NULL
       AND local_date < ($1::timestamptz - make_interval(months => $2))::date - 1`,
    [now, months],
  );
}

const guestSettingsRow = z.object({
  guests_need_approval: column.boolean,
  usage_charter: column.text.nullable(),
});

/** A site's rules for guests; undefined when there is no such site. */
export async function readGuestSettings(db: Queryable, siteId: string) {
  const [row] = await queryRows(
    db,
    guestSettingsRow,
    `SELECT guests_need_approval, usage_charter FROM sites WHERE id = $1`,
    [siteId],
  );
  return row && { needsApproval: row.guests_need_approval, usageCharter: row.usage_charter };
}

export async function writeGuestSettings(
  db: Queryable,
  siteId: string,
  settings: { needsApproval: boolean; usageCharter: string | null },
): Promise<void> {
  await db.query(`UPDATE sites SET guests_need_approval = $2, usage_charter = $3 WHERE id = $1`, [
    siteId,
    settings.needsApproval,
    settings.usageCharter,
  ]);
}
