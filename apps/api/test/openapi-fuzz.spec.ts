import {
  affectedBookingSchema,
  bulkDesksConflictSchema,
  errorResponseSchema,
  type CalendarFeed,
  type CheckInResult,
  type KioskPairing,
  type OpeningHours,
  type PersonPass,
  type Site,
  type SiteRules,
  analyticsTables,
  archiveLinkKinds,
  auditKinds,
  eventTypes,
} from '@admz/shared';
import { createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { z } from 'zod';
import {
  addDays,
  book,
  bookDayWithPass,
  createKiosk,
  nextWeekday,
  testKioskSettingsPin,
  openAllDayToday,
  startDemoApp,
  type DemoSessions,
  type DemoSite,
} from './fixtures';
import {
  BuiltText,
  LargeText,
  PoolRef,
  UrlPart,
  arbitraryFromSchema,
  binaryBodies,
  controlText,
  extremeDates,
  fieldPaths,
  hostilePathSegment,
  hostileValue,
  malformedJsonTexts,
  otherContentTypes,
  planBodies,
  poolValue,
  toJsonText,
  usePools,
  withField,
  type BinaryBody,
  type FieldHints,
  type PoolName,
  type Pools,
} from './fuzz-inputs';
import { fillPath, loadServedOperations, type ServedOperation } from './served-operations';
import { call, demoClaims, openSessionFor, openSessionForNewAgent, type TestApp } from './test-app';
import { millisecondsPerDay } from '@admz/shared';

/**
 * Fuzzes every operation of the served OpenAPI document, as every kind of caller, with bad
 * inputs of every kind and with valid-shaped ones that reach the services. Replay a run with
 * FUZZ_SEED=<seed>; FUZZ_REQUESTS sets how many requests (at least 5,000 in CI).
 */
const requestCount = Number(process.env.FUZZ_REQUESTS ?? 5000);
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const concurrency = Number(process.env.FUZZ_CONCURRENCY ?? 6);
/** The body parser's limit (apps/api/src/app.ts): above it, a JSON body is refused with 413. */
const jsonBodyLimitBytes = 1024 * 1024;

const roles = ['anonymous', 'agent', 'host', 'admin', 'kiosk'] as const;
type Role = (typeof roles)[number];
const loginOf = { agent: 'agent', host: 'hote', admin: 'admin' } as const;

type BodyRecipe =
  | { kind: 'json'; value: unknown; prefixMembers?: string }
  | { kind: 'text'; text: string | BuiltText | LargeText }
  | { kind: 'binary'; body: BinaryBody };

type FuzzRequest = {
  /** Valid-shaped (meant to reach the services) or hostile. */
  shape: 'valid' | 'hostile';
  operation: string;
  role: Role;
  method: string;
  pathValues: Record<string, UrlPart>;
  query: [string, UrlPart][];
  body: BodyRecipe | undefined;
  /** undefined: the body's own type (JSON, or the plan's image type); '': no header. */
  contentType: string | undefined;
  origin: 'same' | 'none' | 'foreign' | 'null';
  credential: 'own' | 'bogus' | 'both';
  /** Which bogus cookie or Bearer value, when `credential` is `bogus`. */
  bogusIndex: number;
  /** The kiosk's X-Kiosk-App-Version header (the heartbeat stores it). */
  appVersion: string | undefined;
};

type Answer = { status: number; contentType: string; text: string; sentBytes: number };

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
let kioskCredential: string;
let fuzzKioskId: string;
let operations: ServedOperation[];
let operationIndex: Map<string, ServedOperation>;
let pools: Pools;
let original: { site: Site; rules: SiteRules; hours: OpeningHours }[];

beforeAll(async () => {
  ({ t, paris, lyon, cookies } = await startDemoApp());
  const fuzzKiosk = await createKiosk(t, cookies.hote, paris.id, 'Borne du fuzz');
  kioskCredential = fuzzKiosk.credential;
  fuzzKioskId = fuzzKiosk.kiosk.id;
  operations = await loadServedOperations(t);
  operationIndex = new Map(operations.map((operation) => [operation.key, operation]));
  const served = new Set(operations.map((operation) => operation.key));
  for (const key of [...Object.keys(crossFieldBodies), ...Object.keys(crossFieldQueries)]) {
    expect(
      served,
      `the fuzz has valid inputs for ${key}, which the document no longer lists`,
    ).toContain(key);
  }
  original = await Promise.all(
    [paris, lyon].map(async (site) => ({
      site: (await call<Site>(t, `/api/sites/${site.id}`, { cookie: cookies.admin })).body,
      rules: (await call<SiteRules>(t, `/api/sites/${site.id}/rules`, { cookie: cookies.admin }))
        .body,
      hours: (
        await call<OpeningHours>(t, `/api/sites/${site.id}/opening-hours`, {
          cookie: cookies.admin,
        })
      ).body,
    })),
  );
  await createSeriesAndWaitlistEntry();
  await proposeEvents();
  await bookRooms();
  // Printed first: a round that fails to set itself up throws before the summary names the seed.
  console.log(`fuzz: seed ${seed} (replay with FUZZ_SEED=${seed})`);
  pools = await refreshedPools(0);
  for (const name of Object.keys(pools) as PoolName[]) {
    expect(pools[name].length, `pool ${name} is empty at the start`).toBeGreaterThan(0);
  }
});
afterAll(async () => {
  await t?.close();
});

test(
  'every operation × caller, bad and valid-shaped inputs: no 5xx, no leak, one error shape',
  async () => {
    const combinations = operations.flatMap((operation) =>
      roles.map((role) => ({ operation, role })),
    );
    const rounds = Math.ceil(requestCount / combinations.length);
    // One sample per combination and round, each combination from its own seed: reproducible.
    const samples = combinations.map(({ operation, role }, index) =>
      fc.sample(requestArbitrary(operation, role), { seed: seed + index, numRuns: rounds }),
    );
    const failures: { request: FuzzRequest; problems: string[]; answer?: Answer }[] = [];
    const statuses = new Map<number, number>();
    const validShaped = { sent: 0, succeeded: 0 };
    const startedAt = Date.now();
    let sent = 0;
    for (let round = 0; round < rounds; round += 1) {
      if (round > 0) pools = await refreshedPools(round);
      usePools(pools);
      const queue = samples.flatMap((perCombination) => perCombination[round] ?? []);
      await runWithConcurrency(queue, concurrency, async (request) => {
        sent += 1;
        let answer: Answer;
        try {
          answer = await send(request);
        } catch (error) {
          failures.push({ request, problems: [`no answer: ${String(error)}`] });
          return;
        }
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (request.shape === 'valid') {
          validShaped.sent += 1;
          if (answer.status < 300) validShaped.succeeded += 1;
        }
        const problems = checkAnswer(request, answer);
        if (problems.length > 0) failures.push({ request, problems, answer });
      });
    }
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    const histogram = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    console.info(
      `fuzz: ${sent} requests in ${seconds} s (seed ${seed}, ${operations.length} operations × ` +
        `${roles.length} callers, ${t.isRealServer ? 'PostgreSQL server' : 'PGlite'}; ` +
        `${validShaped.sent} valid-shaped, ${validShaped.succeeded} of them 2xx): ${histogram.join(' ')}`,
    );
    expect(sent).toBeGreaterThanOrEqual(requestCount);
    expect(failures.length, describeFailures(failures)).toBe(0);
  },
  Math.max(900_000, requestCount * 100),
);

/* ---------- what a request may be ---------- */

const zones = ['Plateau ouvert', 'Espace calme', 'Atelier', 'Salle commune', 'Bureau partagé'];

const dateHint = fc.oneof(
  { weight: 12, arbitrary: poolValue('date') },
  // The ends of the accepted calendar, past and beyond any booking window.
  { weight: 1, arbitrary: fc.constantFrom('2000-01-03', '2100-12-27', '2100-12-31') },
  { weight: 1, arbitrary: fc.constantFrom(...extremeDates) },
);

/** `date` pool entries `offset` days apart (the pool is consecutive days from before today). */
const datePair = (maxOffset: number) =>
  fc
    .tuple(fc.nat({ max: 29 - maxOffset }), fc.nat({ max: maxOffset }))
    .map(([first, offset]) => [new PoolRef('date', first), new PoolRef('date', first + offset)]);

const wholeHour = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
/** The `HH:MM` of the `quarter`-th quarter hour of a day (0 = 00:00). */
const quarterTime = (quarter: number) =>
  `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
const parisId = new PoolRef('siteId', 0);
/** Paris desks are the first 12 entries of the `deskId` pool. */
const parisDeskId = fc.nat({ max: 11 }).map((index) => new PoolRef('deskId', index));
const openingRange = fc
  .tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 1, max: 12 }))
  .map(([opens, span]) => ({
    opensAt: wholeHour(opens),
    closesAt: wholeHour(Math.min(23, opens + span)),
  }));

/**
 * Valid bodies of operations whose rules join several fields (JSON Schema cannot say them):
 * without these, nearly every valid-shaped request would stop at validation.
 */
const crossFieldBodies: Record<string, fc.Arbitrary<unknown>> = {
  'POST /api/bookings/any-desk': fc.record({
    siteId: fc.oneof(fc.constant(parisId), poolValue('siteId')),
    date: dateHint,
    slot: fc.constantFrom('morning', 'afternoon', 'day'),
  }),
  'POST /api/bookings': fc.oneof(
    fc.record({
      siteId: fc.oneof(fc.constant(parisId), poolValue('siteId')),
      deskId: fc.oneof(parisDeskId, poolValue('deskId')),
      date: dateHint,
      slot: fc.constantFrom('morning', 'afternoon', 'day'),
    }),
    fc
      .record({
        deskId: parisDeskId,
        date: dateHint,
        start: fc.integer({ min: 0, max: 22 }),
        hours: fc.integer({ min: 1, max: 4 }),
      })
      .map(({ deskId, date, start, hours }) => ({
        siteId: parisId,
        deskId,
        date,
        slot: 'hour',
        startTime: wholeHour(start),
        endTime: wholeHour(Math.min(23, start + hours)),
      })),
  ),
  'POST /api/booking-series': fc
    .record({
      deskId: parisDeskId,
      slot: fc.constantFrom('morning', 'afternoon', 'day'),
      weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 3 }),
      dates: datePair(27),
    })
    .map(({ dates: [from, until], ...rest }) => ({ siteId: parisId, from, until, ...rest })),
  'PUT /api/sites/{siteId}/opening-hours/weekly': fc.record({
    weekly: fc
      .uniqueArray(fc.tuple(fc.integer({ min: 1, max: 7 }), openingRange), {
        selector: ([weekday]) => weekday,
        maxLength: 7,
      })
      .map((ranges) => ranges.map(([weekday, range]) => ({ weekday, ...range }))),
    confirm: fc.boolean(),
  }),
  'PUT /api/sites/{siteId}/opening-hours/exceptions/{date}': fc.oneof(
    fc.record({ isClosed: fc.constant(true), reason: fc.string(), confirm: fc.boolean() }),
    fc
      .tuple(openingRange, fc.boolean())
      .map(([range, confirm]) => ({ isClosed: false, ...range, confirm })),
  ),
  'POST /api/sites/{siteId}/desks/bulk': fc
    .record({
      prefix: fc.constantFrom('F-', 'Fuzz ', '', 'É-'),
      first: fc.nat({ max: 300 }),
      count: fc.integer({ min: 1, max: 6 }),
      width: fc.integer({ min: 0, max: 4 }),
      zone: fc.constantFrom(...zones, 'Zone fuzz'),
      attributes: fc.subarray(['screen', 'standing', 'quiet', 'step_free']),
    })
    .map(({ count, first, ...rest }) => ({ ...rest, first, last: first + count - 1 })),
  'POST /api/sites/{siteId}/desks/deactivation': fc.record({
    deskIds: fc
      .uniqueArray(fc.nat({ max: 11 }), { minLength: 1, maxLength: 3 })
      .map((indexes) => indexes.map((index) => new PoolRef('deskId', index))),
    confirm: fc.boolean(),
  }),
  'PUT /api/sites/{siteId}/zones/order': fc
    .integer({ min: 3, max: 6 })
    .chain((count) =>
      fc.shuffledSubarray(
        Array.from({ length: count }, (_, index) => new PoolRef('zoneId', index)),
        { minLength: count, maxLength: count },
      ),
    )
    .map((zoneIds) => ({ zoneIds })),
  ...Object.fromEntries(
    ['POST /api/sites/{siteId}/events', 'POST /api/sites/{siteId}/events/hosted'].map((key) => [
      key,
      fc
        .record({
          title: fc.constantFrom('Déjeuner des geeks', 'Atelier DSFR', 'Journée communs'),
          description: fc.constantFrom('Venez nombreux.', 'Une ligne\npuis une autre.'),
          type: fc.constantFrom('talk', 'thematic_day', 'workshop', 'lunch', 'other'),
          themes: fc.subarray(['numérique', 'communs', 'RH']),
          date: dateHint,
          start: fc.integer({ min: 0, max: 21 }),
          hours: fc.integer({ min: 1, max: 3 }),
          // Paris's zones come first in the pool.
          zoneId: fc.nat({ max: 2 }).map((index) => new PoolRef('zoneId', index)),
          capacity: fc.integer({ min: 1, max: 50 }),
          visioUrl: fc.constantFrom(null, 'https://webinaire.numerique.gouv.fr/fuzz'),
          audience: fc.constantFrom('public', 'agents'),
          confirm: fc.boolean(),
        })
        .map(({ start, hours, ...rest }) => ({
          ...rest,
          startTime: wholeHour(start),
          endTime: wholeHour(Math.min(23, start + hours)),
        })),
    ]),
  ),
  'PUT /api/sites/{siteId}/events/{eventId}/archive': fc.record({
    summary: fc.constantFrom('', 'Compte rendu.\nDeuxième ligne.'),
    links: fc.array(
      fc.record({
        kind: fc.constantFrom(...archiveLinkKinds),
        label: fc.constantFrom('Diapositives', 'Vidéo de la séance'),
        url: fc.constantFrom('https://example.gouv.fr/a', 'http://example.gouv.fr/b?c=d#e'),
      }),
      { maxLength: 3 },
    ),
    themes: fc.subarray(['numérique', 'communs']),
  }),
  // Quarter-hour times of one day, the end after the start, fewer people named than come.
  'POST /api/rooms/bookings': fc
    .record({
      roomId: fc.nat({ max: 3 }).map((index) => new PoolRef('roomId', index)),
      date: dateHint,
      start: fc.integer({ min: 28, max: 80 }),
      quarters: fc.integer({ min: 1, max: 20 }),
      title: fc.constantFrom('Comité de pilotage', 'Point d’équipe'),
      headcount: fc.integer({ min: 2, max: 12 }),
      named: fc.subarray(['camille.martin@travail.gouv.fr', 'invite@example.org']),
    })
    .map(({ start, quarters, named, ...rest }) => ({
      ...rest,
      startTime: quarterTime(start),
      endTime: quarterTime(Math.min(95, start + quarters)),
      attendeeEmails: named.slice(0, rest.headcount - 1),
    })),
  'POST /api/events/{eventId}/registration': fc.record({
    mode: fc.constantFrom('in_person', 'remote'),
  }),
  'POST /api/kiosk/check-ins': fc.oneof(
    fc.record({ token: poolValue('checkInToken') }),
    fc.record({ shortCode: poolValue('shortCode') }),
  ),
  // Right and wrong codes of the fuzz kiosk (wrong ones soon lock its settings: 429).
  'POST /api/kiosk/settings-unlock': fc.record({
    settingsPin: fc.oneof(fc.constant(testKioskSettingsPin), fc.stringMatching(/^\d{1,8}$/)),
  }),
  'PUT /api/sites/{siteId}/kiosks/{kioskId}/settings-pin': fc.record({
    settingsPin: fc.stringMatching(/^\d{4,8}$/),
  }),
};

/** Valid queries whose parameters depend on each other. */
/** A statistics period: in order, up to the 366 days allowed, or a year and more (422). */
const analyticsPeriod = fc
  .oneof(
    { weight: 5, arbitrary: datePair(29) },
    { weight: 1, arbitrary: fc.constant(['2026-01-01', '2026-12-31']) },
    { weight: 1, arbitrary: fc.constant(['2026-01-01', '2027-06-30']) },
  )
  .map(([from, to]): [string, UrlPart][] => [
    ['from', new UrlPart(from)],
    ['to', new UrlPart(to)],
  ]);

const crossFieldQueries: Record<string, fc.Arbitrary<[string, UrlPart][]>> = {
  'GET /api/sites/{siteId}/availability/summary': fc
    .oneof(
      { weight: 5, arbitrary: datePair(29) },
      // The last weeks of the accepted calendar.
      { weight: 1, arbitrary: fc.constant(['2100-11-01', '2100-12-31']) },
    )
    .map(([from, to]) => [
      ['from', new UrlPart(from)],
      ['to', new UrlPart(to)],
    ]),
  ...Object.fromEntries(
    [
      'GET /api/sites/{siteId}/analytics',
      'GET /api/sites/{siteId}/analytics/{table}.csv',
      'GET /api/analytics/network',
      'GET /api/analytics/network.csv',
    ].map((key) => [key, analyticsPeriod]),
  ),
};

const hints: FieldHints = {
  siteId: poolValue('siteId'),
  deskId: poolValue('deskId'),
  date: dateHint,
  from: dateHint,
  until: dateHint,
  startTime: fc.constantFrom('08:00', '09:00', '10:00', '14:00', '18:00', '02:00', '03:00'),
  endTime: fc.constantFrom('10:00', '11:00', '12:00', '17:00', '19:00', '03:00', '04:00'),
  zone: fc.constantFrom(...zones),
  timezone: fc.constantFrom(
    'Europe/Paris',
    'America/Cayenne',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'UTC',
    'Mars/Olympus',
  ),
  email: fc.constantFrom(
    'camille.martin@travail.gouv.fr',
    'yanis.benali@dreets.gouv.fr',
    'ines.lefevre@numerique.gouv.fr',
    'inconnu@example.gouv.fr',
  ),
  slug: fc.stringMatching(/^[a-z]{3,10}(-[a-z0-9]{1,5})?$/),
  pairingCode: poolValue('pairingCode'),
  token: poolValue('checkInToken'),
  shortCode: poolValue('shortCode'),
  offerToken: poolValue('offerToken'),
  checkOutToken: poolValue('checkOutToken'),
  scannedAt: poolValue('instant'),
};

const pathPools: Record<string, PoolName> = {
  siteId: 'siteId',
  deskId: 'deskId',
  bookingId: 'bookingId',
  seriesId: 'seriesId',
  entryId: 'entryId',
  userId: 'userId',
  invitationId: 'invitationId',
  kioskId: 'kioskId',
  zoneId: 'zoneId',
  eventId: 'eventId',
  roomId: 'roomId',
  roomBookingId: 'roomBookingId',
  token: 'calendarToken',
  secret: 'guestSecret',
  date: 'date',
};

function validPathPart(name: string): fc.Arbitrary<UrlPart> {
  if (name === 'zone') return fc.constantFrom(...zones).map((zone) => new UrlPart(zone));
  if (name === 'table')
    return fc.constantFrom(...analyticsTables).map((table) => new UrlPart(table));
  const pool = pathPools[name];
  if (!pool) throw new Error(`the fuzz has no values for path parameter {${name}}: add them`);
  return poolValue(pool).map((ref) => new UrlPart(ref));
}

function validQueryValue(name: string): fc.Arbitrary<UrlPart> {
  switch (name) {
    case 'date':
    case 'from':
    case 'to':
      return dateHint.map((date) => new UrlPart(date));
    case 'limit':
      return fc.integer({ min: 1, max: 100 }).map((limit) => new UrlPart(limit));
    case 'months':
      return fc.integer({ min: 1, max: 24 }).map((months) => new UrlPart(months));
    case 'confirm':
      return fc.constantFrom('true', 'false').map((value) => new UrlPart(value));
    case 'returnTo':
      return fc.constantFrom('/', '/reservations', '/sites').map((path) => new UrlPart(path));
    case 'query':
      return fc
        .constantFrom('camille', 'Benali', 'gouv.fr', 'in lef', '50%_')
        .map((text) => new UrlPart(text));
    case 'siteId':
      return validPathPart('siteId');
    case 'actorId':
      return validPathPart('userId');
    case 'kind':
      return fc.constantFrom(...auditKinds).map((kind) => new UrlPart(kind));
    case 'q':
      return fc
        .constantFrom('développeurs', 'accessibilite', '"logiciel libre" -atelier', 'or', "l'")
        .map((text) => new UrlPart(text));
    case 'theme':
      return fc.constantFrom('communs', 'Accessibilité', '').map((theme) => new UrlPart(theme));
    case 'tag':
      return fc
        .constantFrom('données', 'DONNEES', 'achats publics', '')
        .map((tag) => new UrlPart(tag));
    case 'type':
      return fc.constantFrom(...eventTypes).map((type) => new UrlPart(type));
    case 'administration':
      return fc
        .constantFrom('13002526500013', 'Direction interministérielle du numérique')
        .map((key) => new UrlPart(key));
    case 'page':
      return fc.integer({ min: 1, max: 1000 }).map((page) => new UrlPart(page));
    case 'before':
      // A next page of « Mes réservations »: the start and id of the last booking shown.
      return fc
        .tuple(
          fc.date({
            min: new Date('2020-01-01'),
            max: new Date('2030-12-31'),
            noInvalidDate: true,
          }),
          fc.uuid(),
        )
        .map(([startsAt, id]) => new UrlPart(`${startsAt.toISOString()}_${id}`));
    default:
      throw new Error(`the fuzz has no values for query parameter ${name}: add them`);
  }
}

/** Anything a query value may be instead, short enough to stay within the header limit. */
const hostileQueryValue: fc.Arbitrary<UrlPart> = fc.oneof(
  hostileValue
    .filter((value) => !(value instanceof LargeText))
    .map((value) => new UrlPart(typeof value === 'object' ? JSON.stringify(value) : value)),
  hostilePathSegment,
  controlText.map((text) => new UrlPart(text)),
);

function queryArbitrary(operation: ServedOperation, isHostile: boolean) {
  const joined = crossFieldQueries[operation.key];
  if (joined && !isHostile) return joined;
  const parameters = operation.queryParameters.map(({ name, isRequired }) => {
    const valid = validQueryValue(name).map((value): [string, UrlPart][] => [[name, value]]);
    if (!isHostile) {
      return isRequired ? valid : fc.oneof(valid, fc.constant<[string, UrlPart][]>([]));
    }
    return fc.oneof(
      { weight: 3, arbitrary: valid },
      {
        weight: 3,
        arbitrary: hostileQueryValue.map((value): [string, UrlPart][] => [[name, value]]),
      },
      { weight: 1, arbitrary: fc.constant<[string, UrlPart][]>([]) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(validQueryValue(name), hostileQueryValue)
          .map(([a, b]): [string, UrlPart][] => [
            [name, a],
            [name, b],
          ]),
      },
      {
        weight: 1,
        arbitrary: validQueryValue(name).map((value): [string, UrlPart][] => [
          [`${name}[]`, value],
          [`${name}[x]`, value],
        ]),
      },
    );
  });
  const extra = isHostile
    ? fc.oneof(
        { weight: 5, arbitrary: fc.constant<[string, UrlPart][]>([]) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(
              fc.constantFrom('__proto__', 'constructor', 'confirm', 'limit', 'x'),
              hostileQueryValue,
            )
            .map(([name, value]): [string, UrlPart][] => [[name, value]]),
        },
      )
    : fc.constant<[string, UrlPart][]>([]);
  return fc
    .tuple(fc.tuple(...parameters), extra)
    .map(([lists, more]) => [...lists.flat(), ...more]);
}

const isPlanUpload = (operation: ServedOperation) =>
  operation.method === 'PUT' && operation.path.endsWith('/plan');

function validBodyArbitrary(operation: ServedOperation): fc.Arbitrary<BodyRecipe | undefined> {
  if (operation.bodySchema) {
    const fromSchema = arbitraryFromSchema(operation.bodySchema, hints);
    const joined = crossFieldBodies[operation.key];
    return (joined ? fc.oneof({ weight: 3, arbitrary: joined }, fromSchema) : fromSchema).map(
      (value): BodyRecipe => ({ kind: 'json', value }),
    );
  }
  if (isPlanUpload(operation)) {
    return fc.constantFrom(...planBodies).map((text) => ({ kind: 'text', text }));
  }
  return fc.constant(undefined);
}

function hostileBodyArbitrary(operation: ServedOperation): fc.Arbitrary<BodyRecipe | undefined> {
  const valid = validBodyArbitrary(operation);
  const brokenField = valid.chain((recipe) => {
    if (recipe?.kind !== 'json')
      return hostileValue.map((value) => ({ kind: 'json', value }) as const);
    const paths = fieldPaths(recipe.value);
    if (paths.length === 0) {
      return hostileValue.map((value) => ({ kind: 'json', value }) as const);
    }
    return fc
      .tuple(fc.constantFrom(...paths), fc.oneof(hostileValue, fc.constant(undefined)))
      .map(([path, replacement]) => ({
        kind: 'json' as const,
        value: withField(recipe.value, path, replacement),
      }));
  });
  const extraMembers = fc
    .tuple(
      valid,
      fc.constantFrom(
        '"__proto__":{"isAdmin":true},',
        '"constructor":{"prototype":{"isAdmin":true}},',
        '"isAdmin":true,',
        '"id":"00000000-0000-4000-8000-000000000000",',
        '"userId":"00000000-0000-4000-8000-000000000000",',
        '"status":"checked_in",',
      ),
    )
    .map(([recipe, prefixMembers]): BodyRecipe =>
      recipe?.kind === 'json' && typeof recipe.value === 'object' && recipe.value !== null
        ? { ...recipe, prefixMembers }
        : { kind: 'text', text: `{${prefixMembers.slice(0, -1)}}` },
    );
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 8, arbitrary: brokenField },
    { weight: 2, arbitrary: extraMembers },
    { weight: 2, arbitrary: hostileValue.map((value): BodyRecipe => ({ kind: 'json', value })) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...malformedJsonTexts)
        .map((text): BodyRecipe => ({ kind: 'text', text })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...binaryBodies)
        .map((body): BodyRecipe => ({ kind: 'binary', body })),
    },
    {
      weight: 1,
      arbitrary: fc.constant<BodyRecipe>({
        kind: 'json',
        value: { x: new LargeText('x', 1_100_000) },
      }),
    },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

function requestArbitrary(operation: ServedOperation, role: Role): fc.Arbitrary<FuzzRequest> {
  const validPath = fc.record(
    Object.fromEntries(operation.pathParameters.map((name) => [name, validPathPart(name)])),
  );
  const anyPath = fc.record(
    Object.fromEntries(
      operation.pathParameters.map((name) => [
        name,
        fc.oneof(
          { weight: 3, arbitrary: validPathPart(name) },
          { weight: 2, arbitrary: hostilePathSegment },
        ),
      ]),
    ),
  );
  const common = { operation: fc.constant(operation.key), role: fc.constant(role) };
  const valid = fc.record({
    ...common,
    shape: fc.constant('valid' as const),
    method: fc.constant(operation.method),
    pathValues: validPath,
    query: queryArbitrary(operation, false),
    body: validBodyArbitrary(operation),
    contentType: fc.constant(undefined),
    origin: fc.constant('same' as const),
    credential: fc.constant('own' as const),
    bogusIndex: fc.constant(0),
    appVersion: fc.constant(undefined),
  });
  const hostile = fc.record({
    ...common,
    shape: fc.constant('hostile' as const),
    method: fc.oneof(
      { weight: 12, arbitrary: fc.constant(operation.method) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
      },
    ),
    pathValues: anyPath,
    query: queryArbitrary(operation, true),
    body: hostileBodyArbitrary(operation),
    contentType: fc.oneof(
      { weight: 8, arbitrary: fc.constant(undefined) },
      { weight: 2, arbitrary: fc.constantFrom(...otherContentTypes) },
    ),
    origin: fc.oneof(
      { weight: 8, arbitrary: fc.constant('same' as const) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('none' as const, 'foreign' as const, 'null' as const),
      },
    ),
    credential: fc.oneof(
      { weight: 12, arbitrary: fc.constant('own' as const) },
      { weight: 1, arbitrary: fc.constantFrom('bogus' as const, 'both' as const) },
    ),
    bogusIndex: fc.nat({ max: 100 }),
    appVersion: fc.oneof(
      { weight: 8, arbitrary: fc.constant(undefined) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('1.4.2', '', 'x'.repeat(5000), 'é\xff\xfe', "'; --"),
      },
    ),
  });
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 3, arbitrary: hostile });
}

/* ---------- sending and checking ---------- */

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function send(request: FuzzRequest): Promise<Answer> {
  const operation = operationIndex.get(request.operation)!;
  const path = fillPath(
    operation.path,
    Object.fromEntries(Object.entries(request.pathValues).map(([k, v]) => [k, String(v)])),
  );
  const query = request.query.map(([name, value]) => `${encodeURIComponent(name)}=${value}`);
  const url = `${t.baseUrl}${path}${query.length ? `?${query.join('&')}` : ''}`;

  const headers: Record<string, string> = {};
  const cookie = await cookieFor(request, operation);
  if (cookie) headers.cookie = cookie;
  const bearer = bearerFor(request);
  if (bearer) headers.authorization = bearer;
  if (request.appVersion !== undefined) headers['x-kiosk-app-version'] = request.appVersion;
  if (request.origin === 'same' && unsafeMethods.has(request.method)) headers.origin = t.baseUrl;
  if (request.origin === 'foreign') headers.origin = 'https://evil.example';
  if (request.origin === 'null') headers.origin = 'null';

  let body: string | Uint8Array | undefined;
  const canHaveBody = request.method !== 'GET' && request.method !== 'HEAD';
  if (canHaveBody && request.body) {
    const recipe = request.body;
    if (recipe.kind === 'json') {
      const text = toJsonText(recipe.value);
      body = recipe.prefixMembers ? text.replace(/^\{/, `{${recipe.prefixMembers}`) : text;
      if (body === `{${recipe.prefixMembers}}`) body = body.replace(/,\}$/, '}');
    } else if (recipe.kind === 'text') {
      body = String(recipe.text);
    } else {
      body = recipe.body.bytes();
      if (recipe.body.contentEncoding) headers['content-encoding'] = recipe.body.contentEncoding;
    }
    const ownType =
      isPlanUpload(operation) && recipe.kind === 'text' ? 'image/svg+xml' : 'application/json';
    const contentType = request.contentType ?? ownType;
    if (contentType) headers['content-type'] = contentType;
  }

  const response = await fetch(url, {
    method: request.method,
    headers,
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  const contentType = response.headers.get('content-type') ?? '';
  let text = '';
  // A live stream never ends: its status and headers are the answer.
  if (contentType.startsWith('text/event-stream')) await response.body?.cancel();
  else text = await response.text();
  const sentBytes = typeof body === 'string' ? Buffer.byteLength(body) : (body?.byteLength ?? 0);
  return { status: response.status, contentType, text, sentBytes };
}

async function cookieFor(request: FuzzRequest, operation: ServedOperation) {
  const role = request.role;
  if (request.credential === 'bogus' && role !== 'kiosk') {
    return bogusCookies[request.bogusIndex % bogusCookies.length];
  }
  // A kiosk that also sends a person's cookie, to see which credential wins.
  const login =
    role === 'anonymous'
      ? undefined
      : role === 'kiosk'
        ? request.credential === 'both'
          ? loginOf.agent
          : undefined
        : loginOf[role];
  if (!login) return undefined;
  // Logging out ends the session it is sent with: use a fresh one, keep the fuzz's own alive.
  if (operation.path === '/api/auth/logout') return openSessionFor(t, demoClaims(login));
  // Leaving deletes the person: a newcomer leaves, never one of the fuzz's own callers. The
  // method sent decides, not the operation's: a hostile GET /api/me may go out as a DELETE.
  if (request.method === 'DELETE' && operation.path === '/api/me') {
    return openSessionForNewAgent(t, 'Fuzz partant');
  }
  return cookies[login];
}

const bogusCookies = [
  'admz_session=bogus%00value',
  'admz_session=%E0%A4%A',
  `admz_session=${'a'.repeat(4000)}`,
  'admz_session=; admz_session=other',
  '=;;; admz_session',
];
const bogusBearers = [
  'Bearer kiosk_bogus',
  `Bearer ${'A'.repeat(3000)}`,
  'Bearer',
  'Bearer  ',
  'Basic YWRtaW46YWRtaW4=',
  'Bearer \xe9\xff',
];

function bearerFor(request: FuzzRequest) {
  const bogus = bogusBearers[request.bogusIndex % bogusBearers.length];
  if (request.role === 'kiosk') {
    return request.credential === 'bogus' ? bogus : `Bearer ${kioskCredential}`;
  }
  if (request.credential === 'both') return `Bearer ${kioskCredential}`;
  if (request.credential === 'bogus') return bogus;
  return undefined;
}

/** Signs of an internal leak: a stack frame, SQL or driver names, file paths, Node errors. */
const leakPatterns: [string, RegExp][] = [
  ['a stack frame', /\bat (?:async )?[\w$.<>[\] ]+ \((?:\/|node:|file:)|^\s+at \//m],
  ['node_modules', /node_modules/],
  ['a TypeORM error', /QueryFailedError|EntityNotFound|TypeORMError/],
  ['SQL text', /\b(?:SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b|syntax error at or near/],
  ['a PostgreSQL message', /\b(?:violates|invalid input syntax|out of range for type|SQLSTATE)\b/i],
  ['a JavaScript error', /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|URIError)\b/],
  ['a source path', /\/(?:apps|src|dist)\/[\w/.-]+\.(?:ts|js)\b/],
];

/** English words a framework or zod default would put in a message; our sentences are French. */
const englishWords =
  /\b(?:the|is|are|was|not|[Cc]annot|[Ii]nvalid|expected|received|[Ff]ailed|[Uu]nexpected|must|should|required|too|input|string|number|object|array|request|entity|payload|resource|found|error|[Uu]nrecognized)\b/;

function checkAnswer(request: FuzzRequest, answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  for (const [what, pattern] of leakPatterns) {
    if (pattern.test(answer.text)) problems.push(`body shows ${what}`);
  }
  // 431 (headers too large) is Node's HTTP parser answering before any of our code runs.
  if (answer.status >= 400 && answer.status !== 431 && request.method !== 'HEAD') {
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      problems.push(`error body is not JSON (${answer.contentType})`);
    }
    if (body !== undefined) {
      // A change of hours refused until confirmed also lists the bookings it would cancel; desks
      // added in bulk over existing labels name those labels (`bulkDesksConflictSchema`).
      const shaped = z
        .strictObject({
          ...errorResponseSchema.shape,
          affectedBookings: z.array(affectedBookingSchema).optional(),
          existingLabels: z.optional(bulkDesksConflictSchema.shape.existingLabels),
        })
        .safeParse(body);
      if (!shaped.success)
        problems.push('error body is not { statusCode, error, message, issues? }');
      else {
        if (shaped.data.statusCode !== answer.status)
          problems.push('statusCode differs from status');
        const messages = [shaped.data.message, ...(shaped.data.issues ?? []).map((i) => i.message)];
        // What the caller sent, echoed between « », is theirs: only AdmZ's own words are checked.
        const english = messages.find((message) =>
          englishWords.test(message.replace(/«[^»]*»/g, '« … »')),
        );
        if (english) problems.push(`English message: ${JSON.stringify(english.slice(0, 160))}`);
      }
    }
  }
  const isJsonBody =
    request.body?.kind === 'json' &&
    (request.contentType ?? 'application/json') === 'application/json';
  if (isJsonBody && answer.sentBytes > jsonBodyLimitBytes && answer.status !== 413) {
    problems.push(`a ${answer.sentBytes}-byte JSON body got ${answer.status}, not 413`);
  }
  const operation = operationIndex.get(request.operation);
  // Every text of the contract has a bound: a field 70,000 characters long is never accepted.
  const hasHugeField =
    request.body?.kind === 'json' &&
    typeof request.body.value === 'object' &&
    containsLargeText(request.body.value);
  const isBodySent = answer.sentBytes > 0 && request.method === operation?.method;
  if (isJsonBody && isBodySent && operation?.bodySchema && hasHugeField && answer.status < 400) {
    problems.push(`a field of ${answer.sentBytes} bytes was accepted (${answer.status})`);
  }
  const isCrossSite = request.origin === 'foreign' || request.origin === 'null';
  const sendsSession = request.role !== 'kiosk' && request.role !== 'anonymous';
  if (
    isCrossSite &&
    sendsSession &&
    request.credential === 'own' &&
    unsafeMethods.has(request.method) &&
    operation?.security === 'session' &&
    answer.status < 400
  ) {
    problems.push(`a cross-site state change with a session got ${answer.status}`);
  }
  // Without AdmZ's origin and without a kiosk's Authorization header, no state change passes.
  if (
    request.origin !== 'same' &&
    bearerFor(request) === undefined &&
    unsafeMethods.has(request.method) &&
    request.method === operation?.method &&
    answer.status < 400
  ) {
    problems.push(`a state change without AdmZ's origin got ${answer.status}`);
  }
  return problems;
}

function containsLargeText(value: unknown): boolean {
  if (value instanceof LargeText) return true;
  return (
    typeof value === 'object' && value !== null && Object.values(value).some(containsLargeText)
  );
}

function describeRequest(request: FuzzRequest): string {
  const body =
    request.body?.kind === 'binary'
      ? `binary(${request.body.body.name})`
      : fc.stringify(request.body);
  const parts = [
    `${request.method} ${request.operation} as ${request.role}`,
    `path ${fc.stringify(request.pathValues)}`,
    request.query.length ? `query ${fc.stringify(request.query)}` : '',
    request.body ? `body ${body}` : '',
    request.contentType !== undefined ? `content-type ${JSON.stringify(request.contentType)}` : '',
    request.origin !== 'same' ? `origin ${request.origin}` : '',
    request.credential !== 'own' ? `credential ${request.credential} #${request.bogusIndex}` : '',
    request.appVersion !== undefined ? `app version ${JSON.stringify(request.appVersion)}` : '',
  ];
  return parts
    .filter(Boolean)
    .map((part) => (part.length > 400 ? `${part.slice(0, 400)}…` : part))
    .join(' · ');
}

function describeFailures(
  failures: { request: FuzzRequest; problems: string[]; answer?: Answer }[],
) {
  const distinct = new Map<string, (typeof failures)[number] & { count: number }>();
  for (const failure of failures) {
    const key = `${failure.request.operation} ${failure.problems.join('; ')}`;
    const known = distinct.get(key);
    if (known) known.count += 1;
    else distinct.set(key, { ...failure, count: 1 });
  }
  const lines = [...distinct.values()]
    .slice(0, 40)
    .map(
      ({ request, problems, answer, count }) =>
        `- ${problems.join('; ')} (×${count})\n    ${describeRequest(request)}\n    → ${answer?.status ?? '—'} ${(answer?.text ?? '').slice(0, 300)}`,
    );
  return (
    `${failures.length} bad answers (${distinct.size} distinct); replay with FUZZ_SEED=${seed} ` +
    `FUZZ_REQUESTS=${requestCount}:\n${lines.join('\n')}`
  );
}

async function runWithConcurrency<T>(
  items: T[],
  limit: number,
  action: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let item = items[next]; item !== undefined; item = items[next]) {
      next += 1;
      await action(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/* ---------- the fixtures the fuzz needs, checked and renewed between rounds ---------- */

/**
 * Checks that the fuzz has not destroyed the callers it needs (that would hide bugs behind
 * 401s), puts the demo sites' hours and rules back, and makes fresh server-side values: a
 * booking of today with its QR codes, a personal pass, a walk-in offer, a check-out token, a
 * pairing code, and the ids the previous round created.
 */
async function refreshedPools(round: number): Promise<Pools> {
  for (const role of ['agent', 'host', 'admin'] as const) {
    const me = await call(t, '/api/me', { cookie: cookies[loginOf[role]] });
    if (me.status !== 200) {
      throw new Error(`round ${round}: the ${role}'s session was lost: ${JSON.stringify(me.body)}`);
    }
  }
  const kioskMe = await call(t, '/api/kiosk/me', { bearer: kioskCredential });
  if (kioskMe.status !== 200) throw new Error(`round ${round}: the fuzz kiosk was lost`);

  // A fuzzed archive (with `confirm`) or a change to a temporary site would close the demo sites
  // to every later round: they are permanent and open again.
  await t.dataSource.query(
    `UPDATE sites SET archived_at = NULL, kind = 'permanent', starts_on = NULL, ends_on = NULL,
            capacity = NULL
     WHERE id = ANY($1)`,
    [[paris.id, lyon.id]],
  );
  for (const { site, rules, hours } of original) {
    const cookie = cookies.admin;
    await expectStatus(200, `/api/sites/${site.id}`, 'PATCH', cookie, {
      timezone: site.timezone,
      holidayRegion: site.holidayRegion,
      extendedClosesAt: site.extendedClosesAt,
      confirm: true,
    });
    // Paris also takes hourly bookings and counts a weekly cap: the fuzz reaches those rules.
    const fuzzRules =
      site.id === paris.id
        ? {
            ...rules,
            maxDaysAhead: 60,
            maxBookingsPerWeek: 20,
            allowedSlotTypes: ['half_day', 'full_day', 'hourly'],
          }
        : rules;
    await expectStatus(200, `/api/sites/${site.id}/rules`, 'PUT', cookie, fuzzRules);
    await expectStatus(200, `/api/sites/${site.id}/opening-hours/weekly`, 'PUT', cookie, {
      weekly: hours.weekly,
      confirm: true,
    });
  }
  for (const deskId of pools?.deskId ?? []) {
    const site = paris.deskIds.includes(deskId) ? paris : lyon;
    await expectStatus(200, `/api/sites/${site.id}/desks/${deskId}`, 'PATCH', cookies.admin, {
      isActive: true,
    });
  }
  const today = await openAllDayToday(t, cookies.admin, paris);
  // Each round books two desks of today beyond the 12 the fuzz aims at: free them, or a long run runs out.
  await t.dataSource.query(
    `UPDATE bookings SET status = 'cancelled', cancelled_at = $4
     WHERE site_id = $1 AND local_date = $2 AND desk_id <> ALL($3)
       AND status IN ('confirmed', 'checked_in')`,
    [paris.id, today, paris.deskIds.slice(0, 12), t.clock.now()],
  );

  const tokens: string[] = [];
  const shortCodes: string[] = [];
  const checkOutTokens: string[] = [];
  const offerTokens: string[] = [];
  for (const [index, isScanned] of [
    [0, true],
    [1, false],
  ] as const) {
    const holder = await openSessionForNewAgent(t, `Fuzz${round}x${index}`);
    const deskIndex = await freeDeskIndex(today, holder);
    const { pass } = await bookDayWithPass(t, holder, paris, deskIndex, today);
    tokens.push(pass.token);
    shortCodes.push(pass.shortCode);
    if (isScanned) {
      await scan(pass.token);
      const again = await scan(pass.token);
      if (again.outcome === 'already_checked_in') checkOutTokens.push(again.checkOutToken);
    }
  }
  const walker = await openSessionForNewAgent(t, `Fuzz${round}walker`);
  const personPass = await call<PersonPass>(t, '/api/me/pass', { cookie: walker });
  tokens.push(personPass.body.token);
  const offer = await scan(personPass.body.token);
  if (offer.outcome === 'walk_in') offerTokens.push(offer.offerToken);

  // An admin's fuzzed DELETE may have removed the demo host: the host caller stays one.
  await t.dataSource.query(
    `INSERT INTO site_roles (user_id, site_id, role)
     SELECT id, $1, 'host' FROM users WHERE email = $2 ON CONFLICT DO NOTHING`,
    [paris.id, demoClaims(loginOf.host).email],
  );
  // Invitations for the fuzz to cancel (or not), renewed each round.
  for (const siteId of [paris.id, lyon.id]) {
    await call(t, `/api/sites/${siteId}/hosts`, {
      cookie: cookies.admin,
      body: { email: `invitation-fuzz-${round}@example.gouv.fr` },
    });
  }

  const sacrificial = await call<KioskPairing>(t, `/api/sites/${paris.id}/kiosks`, {
    cookie: cookies.hote,
    body: { name: `Borne sacrifiée ${round}` },
  });
  // A guest invitation of Paris today, pending, whose link secret the fuzz knows (set by its hash).
  const guestSecret = randomBytes(32).toString('base64url');
  await t.dataSource.query(
    `INSERT INTO guest_invitations (site_id, local_date, given_name, usual_name, email,
       organisation, reason, access_token_hash, short_code, created_at)
     VALUES ($1, $2, 'Invitée', $3, $4, 'Fuzz', 'Essai', $5, $6, $7)`,
    [
      paris.id,
      today,
      `Fuzz ${round}`,
      `invitee-fuzz-${round}@exemple.fr`,
      createHash('sha256').update(guestSecret).digest('hex'),
      `G${String(round).padStart(7, '0')}`,
      t.clock.now(),
    ],
  );
  // The address is shown only when made.
  const feed = await call<CalendarFeed>(t, '/api/me/calendar-feed/regenerate', {
    method: 'POST',
    cookie: cookies.agent,
  });
  const calendarToken = /\/calendar\/([^/]+)\.ics$/.exec(feed.body.url)?.[1];

  const fuzzPeople = Object.values(loginOf).map((login) => demoClaims(login).email);
  const ownedBy = (table: string) =>
    `SELECT id FROM ${table} WHERE user_id IN (SELECT id FROM users WHERE email = ANY($1))`;
  const ids = async (sql: string, parameters: unknown[] = []) =>
    ((await t.dataSource.query(sql, parameters)) as { id: string }[]).map((row) => row.id);
  const now = t.clock.now().getTime();
  return {
    siteId: [paris.id, lyon.id],
    deskId: [...paris.deskIds.slice(0, 12), ...lyon.deskIds.slice(0, 4)],
    // Mostly the fuzz callers' own, so that cancelling or showing one gets past « not yours ».
    bookingId: [
      ...(await ids(
        `${ownedBy('bookings')} AND status = 'confirmed' ORDER BY created_at DESC LIMIT 20`,
        [fuzzPeople],
      )),
      ...(await ids(`SELECT id FROM bookings ORDER BY created_at DESC LIMIT 10`)),
    ],
    seriesId: await ids(`${ownedBy('booking_series')} ORDER BY created_at DESC LIMIT 10`, [
      fuzzPeople,
    ]),
    entryId: await ids(`${ownedBy('waitlist_entries')} ORDER BY created_at DESC LIMIT 10`, [
      fuzzPeople,
    ]),
    userId: await ids(`SELECT id FROM users ORDER BY created_at LIMIT 10`),
    invitationId: [
      ...(await ids(`SELECT id FROM site_role_invitations ORDER BY created_at LIMIT 10`)),
      ...(await ids(
        `SELECT id FROM guest_invitations ORDER BY status = 'pending' DESC, created_at DESC LIMIT 10`,
      )),
    ],
    // Never the fuzz kiosk itself: revoking it or renewing its code would end the kiosk caller.
    kioskId: await ids(`SELECT id FROM kiosks WHERE id <> $1`, [fuzzKioskId]),
    // Paris's zones first, in their order (a valid `PUT …/zones/order` names them all).
    zoneId: await ids(`SELECT id FROM zones ORDER BY site_id = $1 DESC, position`, [paris.id]),
    // Proposals first (approving or declining one gets past « already decided »).
    eventId: await ids(
      `SELECT id FROM events ORDER BY status = 'proposed' DESC, created_at DESC LIMIT 20`,
    ),
    // Paris's rooms first; room bookings of the fuzz callers first (cancelling one is valid).
    roomId: await ids(`SELECT id FROM rooms ORDER BY site_id = $1 DESC, name`, [paris.id]),
    roomBookingId: [
      ...(await ids(
        `SELECT id FROM room_bookings
         WHERE booked_by_user_id IN (SELECT id FROM users WHERE email = ANY($1))
           AND status = 'confirmed' ORDER BY created_at DESC LIMIT 10`,
        [fuzzPeople],
      )),
      ...(await ids(`SELECT id FROM room_bookings ORDER BY created_at DESC LIMIT 10`)),
    ],
    calendarToken: calendarToken ? [calendarToken] : [],
    guestSecret: [guestSecret],
    checkInToken: tokens,
    shortCode: shortCodes,
    offerToken: offerTokens,
    checkOutToken: checkOutTokens,
    pairingCode: sacrificial.status === 201 ? [sacrificial.body.pairingCode] : [],
    date: Array.from({ length: 30 }, (_, offset) => addDays(today, offset - 2)),
    instant: [
      ...[0, -40_000, -3_600_000, 60_000, -millisecondsPerDay].map((shift) =>
        new Date(now + shift).toISOString(),
      ),
      // The ends of the accepted calendar, and an offset far from the site's.
      '2000-01-01T12:00:00Z',
      '2100-12-31T12:00:00Z',
      new Date(now).toISOString().replace('Z', '+14:00'),
    ],
  };
}

/** Two room bookings by the fuzz agent at Paris, so that room booking ids exist. */
async function bookRooms() {
  const [room] = (await t.dataSource.query(
    `SELECT id FROM rooms WHERE site_id = $1 ORDER BY name LIMIT 1`,
    [paris.id],
  )) as { id: string }[];
  for (const startTime of ['09:00', '10:00']) {
    const booked = await call(t, '/api/rooms/bookings', {
      cookie: cookies.agent,
      body: {
        roomId: room?.id,
        date: addDays(nextWeekday(t.clock, paris.timezone, 3), 7),
        startTime,
        endTime: `${startTime.slice(0, 2)}:45`,
        title: 'Réunion du fuzz',
        headcount: 3,
        attendeeEmails: ['invite@example.org'],
      },
    });
    if (booked.status !== 201) throw new Error(`room: ${JSON.stringify(booked.body)}`);
  }
}

/** Event proposals at Paris, so that event ids exist (approving or declining one is valid). */
async function proposeEvents() {
  const [zone] = (await t.dataSource.query(
    `SELECT id FROM zones WHERE site_id = $1 ORDER BY position LIMIT 1`,
    [paris.id],
  )) as { id: string }[];
  for (const startTime of ['17:00', '18:00', '19:00']) {
    const proposed = await call(t, `/api/sites/${paris.id}/events`, {
      cookie: cookies.agent,
      body: {
        title: `Proposition du fuzz ${startTime}`,
        description: 'Pour que des événements existent.',
        type: 'talk',
        date: addDays(nextWeekday(t.clock, paris.timezone, 2), 28),
        startTime,
        endTime: `${Number(startTime.slice(0, 2)) + 1}:30`,
        zoneId: zone?.id,
        capacity: 10,
        audience: 'agents',
      },
    });
    if (proposed.status !== 201) throw new Error(`event: ${JSON.stringify(proposed.body)}`);
    // The last one approved: registering to it is valid.
    if (startTime === '19:00') {
      const { id } = proposed.body as { id: string };
      const approved = await call(t, `/api/sites/${paris.id}/events/${id}/approval`, {
        cookie: cookies.hote,
        body: { confirm: true },
      });
      if (approved.status !== 200) throw new Error(`approval: ${JSON.stringify(approved.body)}`);
    }
  }
}

/** A booking series and a waiting-list entry (Lyon filled for a day), so their ids exist. */
async function createSeriesAndWaitlistEntry() {
  const from = nextWeekday(t.clock, paris.timezone, 2);
  const series = await call(t, '/api/booking-series', {
    cookie: cookies.agent,
    body: {
      siteId: paris.id,
      deskId: paris.deskId(20),
      slot: 'morning',
      weekdays: [2],
      from,
      until: addDays(from, 14),
    },
  });
  if (series.status !== 201) throw new Error(`series: ${JSON.stringify(series.body)}`);
  const day = nextWeekday(t.clock, lyon.timezone, 4);
  for (const deskId of lyon.deskIds) {
    const holder = await openSessionForNewAgent(t, 'Plein');
    await book(t, holder, { siteId: lyon.id, deskId, date: day, slot: 'day' });
  }
  const entry = await call(t, '/api/waitlist', {
    cookie: cookies.agent,
    body: { siteId: lyon.id, date: day, slot: 'day' },
  });
  if (entry.status !== 201) throw new Error(`waitlist: ${JSON.stringify(entry.body)}`);
}

async function expectStatus(
  status: number,
  path: string,
  method: string,
  cookie: string,
  body: unknown,
) {
  const response = await call(t, path, { method, cookie, body });
  if (response.status !== status) {
    throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

/** A Paris desk free all day today for the person, from the end of the list (the fuzz books the start). */
async function freeDeskIndex(today: string, cookie: string): Promise<number> {
  const availability = await call<{ desks: { id: string; states: Record<string, string> }[] }>(
    t,
    `/api/sites/${paris.id}/availability?date=${today}`,
    { cookie },
  );
  const free = availability.body.desks
    .filter((desk) => Object.values(desk.states).every((state) => state === 'free'))
    .map((desk) => paris.deskIds.indexOf(desk.id))
    .filter((index) => index >= 12);
  const last = free.at(-1);
  if (last === undefined)
    throw new Error(`no free desk today: ${JSON.stringify(availability.body)}`);
  return last;
}

async function scan(token: string): Promise<CheckInResult> {
  const response = await call<CheckInResult>(t, '/api/kiosk/check-ins', {
    bearer: kioskCredential,
    body: { token },
  });
  if (response.status !== 200)
    throw new Error(`scan: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
