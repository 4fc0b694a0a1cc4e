import { z } from 'zod';

/**
 * What the database announced on `admz_availability`: one day of a site, every day of a site
 * (`date` null), or everything (`siteId` null). `adds`: only a booking was added that day, which
 * frees nothing — a desk proven taken stays taken.
 */
export type AvailabilityNotice = { siteId: string | null; date: string | null; adds?: boolean };

/** A moment of the cache: taken before reading the database, checked before storing. */
export type CacheTicket = { sequence: number };

/** A read of the database under way, and the moment of the cache it started at. */
type SharedRead<Value> = { sequence: number; value: Promise<Value> };

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
 * A miss is read once for the crowd: the requests that miss the same entry while its read is
 * under way share that read (`loadDay`, `loadSchedule`, `loadPlaces`), unless a notice touching
 * it arrived since the read started — a storm on a fresh day reads it once, not once a request.
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
  /** Reads under way, by kind and key (`day:`, `schedule:`, `places:`). */
  private readonly reads = new Map<string, SharedRead<unknown>>();

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

  /** The day held, else `read` (shared with the requests that miss it meanwhile), then stored. */
  loadDay(
    ticket: CacheTicket,
    siteId: string,
    date: string,
    read: () => Promise<Day>,
  ): Day | Promise<Day> {
    const key = dayKey(siteId, date);
    const held = this.days.get(key);
    if (held !== undefined) return held;
    const lastChange = Math.max(
      this.lastGlobal,
      this.lastSiteWide.get(siteId) ?? 0,
      this.lastOfDay.get(key) ?? 0,
    );
    return this.share(`day:${key}`, ticket, lastChange, read, (day) =>
      this.storeDay(ticket, siteId, date, day),
    );
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

  /** As `loadDay`; a site's day that is not there (null, undefined) is not stored. */
  loadSchedule(
    ticket: CacheTicket,
    siteId: string,
    date: string,
    read: () => Promise<Schedule | null | undefined>,
  ): Schedule | Promise<Schedule | null | undefined> {
    const key = dayKey(siteId, date);
    const held = this.schedules.get(key);
    if (held !== undefined) return held;
    return this.share(
      `schedule:${key}`,
      ticket,
      this.lastChangeOfWholeSite(siteId),
      read,
      (row) => {
        if (row) this.storeSchedule(ticket, siteId, date, row);
      },
    );
  }

  readPlaces(siteId: string): Places | undefined {
    return this.places.get(siteId);
  }

  /** As `loadDay`. */
  loadPlaces(
    ticket: CacheTicket,
    siteId: string,
    read: () => Promise<Places>,
  ): Places | Promise<Places> {
    const held = this.places.get(siteId);
    if (held !== undefined) return held;
    return this.share(
      `places:${siteId}`,
      ticket,
      this.lastChangeOfWholeSite(siteId),
      read,
      (places) => this.storePlaces(ticket, siteId, places),
    );
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

  /**
   * Joins the read of `key` under way if no notice touching it (`lastChange`) arrived since it
   * started: a request joining later needs every change committed before it began, and each of
   * those was either heard before that read started (so the read sees it) or after (so it is not
   * joined). Else starts a read of its own, which the next misses join. What a read finds is
   * stored through `store`, which refuses it if a notice arrived meanwhile; a failed read is
   * each sharer's error and is not kept.
   */
  private share<Value>(
    key: string,
    ticket: CacheTicket,
    lastChange: number,
    read: () => Promise<Value>,
    store: (value: Value) => void,
  ): Promise<Value> {
    const underWay = this.reads.get(key) as SharedRead<Value> | undefined;
    if (underWay && lastChange <= underWay.sequence) return underWay.value;
    const shared: SharedRead<Value> = {
      sequence: ticket.sequence,
      value: read().then((value) => {
        store(value);
        return value;
      }),
    };
    this.reads.set(key, shared);
    const settle = () => {
      if (this.reads.get(key) === shared) this.reads.delete(key);
    };
    shared.value.then(settle, settle);
    return shared.value;
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
