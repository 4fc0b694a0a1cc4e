import type { CurrentUserContext } from './access.decorators';

/** A moment of the cache: taken before reading the database, checked before storing. */
export type SessionCacheTicket = { sequence: number };

type CachedSession = { userId: string; expiresAt: Date; context: CurrentUserContext };

/**
 * Per-process memory of the sessions looked up, by the hash of their token. A notice names a
 * person (`admz_sessions`: a session of theirs ended, their row or roles changed) and deletes
 * each of their sessions; it also records when it arrived, so that a lookup that read the
 * database before the change and finishes after its notice does not store what it read.
 */
export class SessionCache {
  private sequence = 0;
  private lastGlobal = 0;
  private readonly lastOfUser = new Map<string, number>();
  private readonly sessions = new Map<string, CachedSession>();
  private readonly tokenHashesOfUser = new Map<string, Set<string>>();

  constructor(private readonly limit = 10_000) {}

  ticket(): SessionCacheTicket {
    return { sequence: this.sequence };
  }

  /** The session's context while it has not expired at `now`. */
  read(tokenHash: string, now: Date): CurrentUserContext | undefined {
    const cached = this.sessions.get(tokenHash);
    if (!cached) return undefined;
    if (cached.expiresAt > now) return cached.context;
    this.forget(tokenHash);
    return undefined;
  }

  /** Stores unless a notice about the person arrived since the ticket was taken. */
  store(
    ticket: SessionCacheTicket,
    tokenHash: string,
    session: { expiresAt: Date; context: CurrentUserContext },
  ): boolean {
    const userId = session.context.user.id;
    if (Math.max(this.lastGlobal, this.lastOfUser.get(userId) ?? 0) > ticket.sequence) return false;
    this.forget(tokenHash);
    this.sessions.set(tokenHash, { userId, ...session });
    const hashes = this.tokenHashesOfUser.get(userId) ?? new Set<string>();
    hashes.add(tokenHash);
    this.tokenHashesOfUser.set(userId, hashes);
    if (this.sessions.size > this.limit) {
      const oldest = this.sessions.keys().next();
      if (!oldest.done) this.forget(oldest.value);
    }
    return true;
  }

  /** A person's sessions, roles or row changed: what is held of them is deleted. Null: everyone. */
  receive(userId: string | null): void {
    this.sequence += 1;
    if (userId === null) {
      this.lastGlobal = this.sequence;
      this.sessions.clear();
      this.tokenHashesOfUser.clear();
      this.lastOfUser.clear();
      return;
    }
    this.lastOfUser.set(userId, this.sequence);
    for (const tokenHash of this.tokenHashesOfUser.get(userId) ?? []) {
      this.sessions.delete(tokenHash);
    }
    this.tokenHashesOfUser.delete(userId);
  }

  /** Everything forgotten, as after a lost listener: notices may have been missed. */
  clear(): void {
    this.receive(null);
  }

  private forget(tokenHash: string): void {
    const cached = this.sessions.get(tokenHash);
    if (!cached) return;
    this.sessions.delete(tokenHash);
    const hashes = this.tokenHashesOfUser.get(cached.userId);
    hashes?.delete(tokenHash);
    if (hashes?.size === 0) this.tokenHashesOfUser.delete(cached.userId);
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A notice's payload: a person's id; anything else voids everything (never a stale session). */
export function parseSessionNotice(payload: string): string | null {
  return uuidPattern.test(payload) ? payload : null;
}
