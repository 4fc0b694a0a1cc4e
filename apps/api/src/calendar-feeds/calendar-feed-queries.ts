import { z } from 'zod';
import { column, queryRows, type Queryable } from '../database/typed-query';

/** When the person's feed address was made, or undefined when they have none. */
export async function findFeedCreation(
  db: Queryable,
  userId: string,
): Promise<{ createdAt: Date | null } | undefined> {
  const [row] = await queryRows(
    db,
    z.object({ created_at: column.instant.nullable() }),
    `SELECT calendar_token_created_at AS created_at FROM users
     WHERE id = $1 AND calendar_token_hash IS NOT NULL`,
    [userId],
  );
  return row && { createdAt: row.created_at };
}

/** Replaces the feed's token (only its hash is kept); `null` removes the feed. */
export async function setFeedToken(
  db: Queryable,
  userId: string,
  token: { hash: string; createdAt: Date } | null,
): Promise<void> {
  await db.query(
    `UPDATE users SET calendar_token_hash = $2, calendar_token_created_at = $3 WHERE id = $1`,
    [userId, token?.hash ?? null, token?.createdAt ?? null],
  );
}

/** The person whose feed token has this hash. */
export async function findFeedOwner(db: Queryable, tokenHash: string): Promise<string | undefined> {
  const [row] = await queryRows(
    db,
    z.object({ id: column.id }),
    `SELECT id FROM users WHERE calendar_token_hash = $1`,
    [tokenHash],
  );
  return row?.id;
}

/** A site's dated exceptions from `from` on. */
export function listExceptionsFrom(
  db: Queryable,
  siteId: string,
  from: string,
): Promise<{ date: string; is_closed: boolean; reason: string }[]> {
  return queryRows(
    db,
    z.object({ date: column.date, is_closed: column.boolean, reason: column.text }),
    `SELECT date, is_closed, reason FROM opening_exceptions WHERE site_id = $1 AND date >= $2`,
    [siteId, from],
  );
}
