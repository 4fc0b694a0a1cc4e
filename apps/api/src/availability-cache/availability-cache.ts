import { z } from 'zod';

/**
 * What the database announced on `admz_availability`: one day of a site, every day of a site
 * (`date` null), or everything (`siteId` null). `adds`: only a booking was added that day, which
 * frees nothing — a desk proven taken stays taken.
 */
export type AvailabilityNotice = { siteId: string | null; date: string | null; adds?: boolean };

/** A moment of the cache: taken before reading the database, checked before storing. */
export type CacheTicket = { sequence: number };

/**
 * Per-process memory of availability answers, with four kinds of entries: the shared inputs of
 * one day of a site, each person's finished document, and what a booking checks that bookings
 * do not change — a site's day (the site, its hours, the day's exception, its rules) and its
 * places (desks, key holders), emptied by a change of the site only, not by the day's bookings.
 * Beside them, the desks a failed insert proved taken for a period, until something that day may
 * free one (a booking added frees none): a storm of requests for a taken desk is refused without
 * trying the insert again, while the storm's winners on other desks are announced.
 * A notice deletes what it touches and records when it arrived, so that a value read from the
 * database before a change (a slow computation that started before the commit) and finishing
 * after its notice is not stored.
 */
export class AvailabilityCache<Day, Document, Schedule = never, Places = never> {
  private sequence = 0;
  private lastGlobal = 0;
  /** Last notice touching anything of a site (a booking on any day changes a weekly count). */
  private readonly lastOfSite = new Map<string, number>();
  private readonly lastSiteWide = new Map<string, number>();
  private readonly lastOfDay = new Map<string, number>();
  /** Last notice of a day that may have freed a desk (anything but a booking added). */
  private readonly lastFreeingOfDay = new Map<string, number>();
  private readonly days = new Map<string, Day>();
  private readonly documents = new Map<string, Document>();
  private readonly schedules = new Map<string, Schedule>();
  private readonly places = new Map<string, Places>();
  /** Per day of a site, the desk claims (`deskClaimKey`) an insert was refused for. */
  private readonly taken = new Map<string, Set<string>>();

  constructor(
    private readonly limits: { days: number; documents: number; schedules: number } = {
      days: 1_000,
      documents: 2_000,
      schedules: 2_000,
    },
  ) {}

  ticket(): CacheTicket {
    return { sequence: this.sequence };
  }

  readDay(siteId: string, date: string): Day | undefined {
    return this.days.get(dayKey(siteId, date));
  }

  /** Stores unless a notice touching that day arrived since the ticket was taken. */
  storeDay(ticket: CacheTicket, siteId: string, date: string, day: Day): boolean {
    const key = dayKey(siteId, date);
    const lastChange = Math.max(
      this.lastGlobal,
      this.lastSiteWide.get(siteId) ?? 0,
      this.lastOfDay.get(key) ?? 0,
    );
    if (lastChange > ticket.sequence) return false;
    remember(this.days, key, day, this.limits.days);
    return true;
  }

  readDocument(siteId: string, date: string, userId: string): Document | undefined {
    return this.documents.get(documentKey(siteId, date, userId));
  }

  /** A person's document reads their bookings of the week: any notice of the site voids it. */
  storeDocument(
    ticket: CacheTicket,
    siteId: string,
    date: string,
    userId: string,
    document: Document,
  ): boolean {
    if (Math.max(this.lastGlobal, this.lastOfSite.get(siteId) ?? 0) > ticket.sequence) return false;
    remember(this.documents, documentKey(siteId, date, userId), document, this.limits.documents);
    return true;
  }

  readSchedule(siteId: string, date: string): Schedule | undefined {
    return this.schedules.get(dayKey(siteId, date));
  }

  /** Stores unless a change of the whole site (not a booking) was announced since the ticket. */
  storeSchedule(ticket: CacheTicket, siteId: string, date: string, schedule: Schedule): boolean {
    if (this.lastChangeOfWholeSite(siteId) > ticket.sequence) return false;
    remember(this.schedules, dayKey(siteId, date), schedule, this.limits.schedules);
    return true;
  }

  readPlaces(siteId: string): Places | undefined {
    return this.places.get(siteId);
  }

  storePlaces(ticket: CacheTicket, siteId: string, places: Places): boolean {
    if (this.lastChangeOfWholeSite(siteId) > ticket.sequence) return false;
    remember(this.places, siteId, places, this.limits.days);
    return true;
  }

  isKnownTaken(siteId: string, date: string, claim: string): boolean {
    return this.taken.get(dayKey(siteId, date))?.has(claim) ?? false;
  }

  /**
   * Remembers a claim the database refused, unless something that day may have freed a desk
   * since the ticket was taken.
   */
  rememberTaken(ticket: CacheTicket, siteId: string, date: string, claim: string): boolean {
    const key = dayKey(siteId, date);
    const lastChange = Math.max(
      this.lastChangeOfWholeSite(siteId),
      this.lastFreeingOfDay.get(key) ?? 0,
    );
    if (lastChange > ticket.sequence) return false;
    const claims = this.taken.get(key) ?? new Set<string>();
    claims.add(claim);
    remember(this.taken, key, claims, this.limits.days);
    return true;
  }

  private lastChangeOfWholeSite(siteId: string): number {
    return Math.max(this.lastGlobal, this.lastSiteWide.get(siteId) ?? 0);
  }

  forgetDocument(siteId: string, date: string, userId: string): void {
    this.documents.delete(documentKey(siteId, date, userId));
  }

  receive(notice: AvailabilityNotice): void {
    this.sequence += 1;
    const { siteId, date } = notice;
    const adds = notice.adds === true && date !== null;
    if (siteId === null) {
      this.lastGlobal = this.sequence;
      this.days.clear();
      this.documents.clear();
      this.schedules.clear();
      this.places.clear();
      this.taken.clear();
      return;
    }
    this.lastOfSite.set(siteId, this.sequence);
    const prefix = `${siteId}/`;
    if (date === null) {
      this.lastSiteWide.set(siteId, this.sequence);
      this.places.delete(siteId);
      for (const key of this.schedules.keys()) {
        if (key.startsWith(prefix)) this.schedules.delete(key);
      }
    } else {
      this.lastOfDay.set(dayKey(siteId, date), this.sequence);
      if (!adds) this.lastFreeingOfDay.set(dayKey(siteId, date), this.sequence);
    }
    const voided = adds ? [this.days] : [this.days, this.taken];
    for (const map of voided) {
      for (const key of map.keys()) {
        if (key.startsWith(prefix) && (date === null || key === dayKey(siteId, date))) {
          map.delete(key);
        }
      }
    }
    for (const key of this.documents.keys()) {
      if (key.startsWith(prefix)) this.documents.delete(key);
    }
  }

  /** Everything forgotten, as after a lost listener: notices may have been missed. */
  clear(): void {
    this.receive({ siteId: null, date: null });
  }
}

const dayKey = (siteId: string, date: string) => `${siteId}/${date}`;

/** One desk over one exact period: what a refused insert proves taken. */
export const deskClaimKey = (deskId: string, startsAt: Date, endsAt: Date) =>
  `${deskId}/${startsAt.getTime()}/${endsAt.getTime()}`;
const documentKey = (siteId: string, date: string, userId: string) => `${siteId}/${date}/${userId}`;

/** Inserts, dropping the oldest entry beyond the limit (a Map keeps insertion order). */
function remember<Value>(map: Map<string, Value>, key: string, value: Value, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}

const noticeSchema = z.object({
  siteId: z.string().nullable(),
  date: z.string().nullable(),
  adds: z.boolean().optional(),
});

/** Reads a notice's JSON payload; anything unreadable voids everything (never a stale answer). */
export function parseAvailabilityNotice(payload: string): AvailabilityNotice {
  try {
    const parsed = noticeSchema.safeParse(JSON.parse(payload));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: unreadable.
  }
  return { siteId: null, date: null };
}
