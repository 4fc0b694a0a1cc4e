import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { formatWait, toLimitKey, type LimitedKey } from './attempt-limits';
import { Clock } from '../common/clock';
import { z } from 'zod';
import { column, queryAffectedCount, queryOneRow, queryRows } from '../database/typed-query';

/** A 429 with its wait: the error filter turns `retryAfterSeconds` into `Retry-After`. */
export class TooManyAttemptsException extends HttpException {
  constructor(message: string, retryAfterSeconds: number) {
    super({ message, retryAfterSeconds }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

/**
 * What `takeAttempt` reserved, to give back when the attempt turns out right; `failures[i]` is
 * the count of `keys[i]` this attempt brings it to should it fail (one racer alone reaches each).
 */
export type TakenAttempt = { keys: LimitedKey[]; failures: number[] };

const admissionRow = z.object({
  is_admitted: column.boolean,
  is_new_key: column.boolean,
  failures: column.integer.nullable(),
});
type AdmissionRow = z.output<typeof admissionRow>;

// $1 key, $2 now, $3 free failures, $4 first delay, $5 max delay, $6 reset (seconds).
const failuresAfterAttempt = `CASE WHEN counter.expires_at <= $2::timestamptz THEN 1 ELSE counter.failures + 1 END`;
/** The wait a key's `failures`-th failure imposes, in seconds, once its free failures are spent. */
const delaySecondsAfter = (
  failures: string,
  placeholders = { free: '$3', first: '$4', max: '$5' },
) =>
  `least(${placeholders.max}::float8, ${placeholders.first}::float8 * power(2, ${failures} - ${placeholders.free}::int))`;
/** The instant the key may try again after its `failures`-th failure (null while still free). */
const waitAfter = (failures: string) =>
  `CASE WHEN ${failures} >= $3::int THEN $2::timestamptz + make_interval(secs => ${delaySecondsAfter(failures)}) END`;

/**
 * One statement: admitted when the key is not waiting (or has expired), its failure count then
 * deciding the wait the next attempt meets. The upsert's row lock serialises concurrent racers.
 */
const admissionSql = `
  WITH admitted AS (
    INSERT INTO attempt_counters AS counter (limit_key, failures, blocked_until, expires_at)
    VALUES ($1::text, 1, ${waitAfter('1')}, $2::timestamptz + make_interval(secs => $6::int))
    ON CONFLICT (limit_key) DO UPDATE SET
      failures = ${failuresAfterAttempt},
      blocked_until = ${waitAfter(`(${failuresAfterAttempt})`)},
      expires_at = EXCLUDED.expires_at
    WHERE counter.expires_at <= $2::timestamptz
       OR counter.blocked_until IS NULL
       OR counter.blocked_until <= $2::timestamptz
    RETURNING xmax = 0 AS is_new_key, counter.failures
  )
  SELECT EXISTS (SELECT 1 FROM admitted) AS is_admitted,
         coalesce((SELECT is_new_key FROM admitted), false) AS is_new_key,
         (SELECT failures FROM admitted) AS failures`;

/**
 * Counted attempts (wrong typed codes, wrong pairing codes), kept in PostgreSQL so that every API
 * process sees the same counters. An attempt is reserved before it is evaluated — one atomic
 * upsert per key — so concurrent guesses can never evaluate more than the policy allows; a right
 * answer gives its reservation back.
 */
@Injectable()
export class AttemptLimitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Reserves one attempt on each key, in order, or throws a 429 naming the wait of the first
   * key that must wait (the reservations already taken are given back).
   */
  async takeAttempt(keys: LimitedKey[], now = this.clock.now()): Promise<TakenAttempt> {
    const taken: LimitedKey[] = [];
    const failures: number[] = [];
    for (const key of keys) {
      const admission = await this.admit(key, now);
      if (!admission.is_admitted) {
        await this.giveBack({ keys: taken });
        const retryAfterSeconds = await this.readWaitSeconds(key, now);
        throw new TooManyAttemptsException(
          key.policy.describeRefusal(formatWait(retryAfterSeconds)),
          retryAfterSeconds,
        );
      }
      taken.push(key);
      failures.push(admission.failures ?? 1);
      if (admission.is_new_key) await this.purgeExpiredCounters(now);
    }
    return { keys: taken, failures };
  }

  /** The attempt was right: it does not count, and the next one need not wait. */
  async giveBack(attempt: Pick<TakenAttempt, 'keys'>): Promise<void> {
    for (const key of attempt.keys) {
      await this.dataSource.query(
        `UPDATE attempt_counters SET failures = greatest(failures - 1, 0), blocked_until = NULL
         WHERE limit_key = $1`,
        [toLimitKey(key)],
      );
    }
  }

  /** Counters nobody failed on for their reset time; also the hook for a retention job. */
  async purgeExpiredCounters(now = this.clock.now()): Promise<number> {
    return queryAffectedCount(
      this.dataSource.manager,
      `DELETE FROM attempt_counters WHERE expires_at <= $1`,
      [now],
    );
  }

  /** Read after a refusal, in a statement of its own: the racer that blocked the key has committed. */
  private async readWaitSeconds({ policy, subject }: LimitedKey, now: Date): Promise<number> {
    const [row] = await queryRows(
      this.dataSource.manager,
      z.object({ blocked_until: column.instant.nullable(), imposed_seconds: z.number() }),
      `SELECT blocked_until,
                ${delaySecondsAfter('failures', { free: '$2', first: '$3', max: '$4' })} AS imposed_seconds
         FROM attempt_counters WHERE limit_key = $1`,
      [
        toLimitKey({ policy, subject }),
        policy.freeFailures,
        policy.firstDelaySeconds,
        policy.maxDelaySeconds,
      ],
    );
    const waitMs = (row?.blocked_until?.getTime() ?? now.getTime()) - now.getTime();
    // The racer that blocked the key may have read the clock a moment after this request did.
    const imposedSeconds = Math.ceil(row?.imposed_seconds ?? policy.firstDelaySeconds);
    return Math.min(imposedSeconds, Math.max(1, Math.ceil(waitMs / 1000)));
  }

  private async admit({ policy, subject }: LimitedKey, now: Date): Promise<AdmissionRow> {
    return queryOneRow(this.dataSource.manager, admissionRow, admissionSql, [
      toLimitKey({ policy, subject }),
      now,
      policy.freeFailures,
      policy.firstDelaySeconds,
      policy.maxDelaySeconds,
      policy.resetAfterSeconds,
    ]);
  }
}
