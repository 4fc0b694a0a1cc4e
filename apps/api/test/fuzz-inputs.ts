import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { JsonSchema } from './served-operations';

/**
 * Values of the fuzz test: hostile inputs of every kind, and valid-shaped ones generated from
 * the served JSON schemas. Large and server-made values stay symbolic until a request is sent,
 * so that a generated request is small, printable and replayable from its seed.
 */

/** A string of `length` characters repeating `unit`, built only when the request is sent. */
export class LargeText {
  constructor(
    readonly unit: string,
    readonly length: number,
  ) {}
  toJSON(): string {
    return this.toString();
  }
  toString(): string {
    return this.unit.repeat(Math.ceil(this.length / this.unit.length)).slice(0, this.length);
  }
  [fc.toStringMethod](): string {
    return `LargeText(${JSON.stringify(this.unit)} × ${this.length})`;
  }
}

const rawMarker = '\uE000';

/** JSON text written verbatim, for numbers JSON.stringify cannot write (1e400, -0, 2^70). */
export class RawJson {
  constructor(readonly text: string) {}
  toJSON(): string {
    return `${rawMarker}${this.text}${rawMarker}`;
  }
  toString(): string {
    return this.text;
  }
  [fc.toStringMethod](): string {
    return `RawJson(${this.text})`;
  }
}

/** Values only the running server knows (ids, tokens), named by pool and resolved when sent. */
export type PoolName =
  | 'siteId'
  | 'deskId'
  | 'bookingId'
  | 'seriesId'
  | 'entryId'
  | 'userId'
  | 'invitationId'
  | 'kioskId'
  | 'zoneId'
  | 'eventId'
  | 'roomId'
  | 'roomBookingId'
  | 'calendarToken'
  | 'guestSecret'
  | 'checkInToken'
  | 'shortCode'
  | 'offerToken'
  | 'checkOutToken'
  | 'pairingCode'
  | 'date'
  | 'instant';
export type Pools = Record<PoolName, string[]>;

let currentPools: Pools | undefined;
/** The pools requests resolve against; refreshed between chunks of the run. */
export function usePools(pools: Pools): void {
  currentPools = pools;
}

export class PoolRef {
  constructor(
    readonly pool: PoolName,
    readonly index: number,
  ) {}
  toJSON(): string {
    return this.toString();
  }
  toString(): string {
    const values = currentPools?.[this.pool] ?? [];
    // An empty pool (nothing of that kind exists yet) still sends a well-formed value.
    return values[this.index % values.length] ?? crypto.randomUUID();
  }
  [fc.toStringMethod](): string {
    return `${this.pool}[${this.index}]`;
  }
}

export const poolValue = (pool: PoolName) =>
  fc.nat({ max: 1000 }).map((index) => new PoolRef(pool, index));

/** The JSON text of a generated value: large texts expanded, raw numbers written verbatim. */
export function toJsonText(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  return text.replace(new RegExp(`"${rawMarker}([^"${rawMarker}]*)${rawMarker}"`, 'g'), '$1');
}

/** A value as the text of a path segment or query value (`encodeURIComponent` unless raw). */
export class UrlPart {
  constructor(
    readonly value: unknown,
    readonly isRaw = false,
  ) {}
  toString(): string {
    const text = String(this.value);
    return this.isRaw ? text : encodeLoosely(text);
  }
  [fc.toStringMethod](): string {
    return `${this.isRaw ? 'raw' : 'encoded'}(${fc.stringify(this.value)})`;
  }
}

/** encodeURIComponent, except that a lone surrogate is sent as the bytes of its code unit (invalid UTF-8). */
function encodeLoosely(text: string): string {
  return text.replace(/[\ud800-\udbff][\udc00-\udfff]|[\s\S]/g, (unit) => {
    const code = unit.charCodeAt(0);
    if (unit.length === 2 || code < 0xd800 || code > 0xdfff) return encodeURIComponent(unit);
    const bytes = [0xed, 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
    return bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
  });
}

const controlCharacters = ['\u0000', '\u0001', '\u0008', '\u001b', '\u001f', '\u007f', '\u0085'];

export const controlText = fc
  .tuple(fc.constantFrom(...controlCharacters), fc.string({ maxLength: 8 }))
  .map(([control, text]) => `${text.slice(0, 3)}${control}${text.slice(3)}`);

/** Dates at the ends of the calendar, that do not exist, or that DST makes odd (Europe/Paris). */
export const extremeDates = [
  '9999-12-31',
  '9999-12-27',
  '0000-01-01',
  '0001-01-01',
  '1969-12-31',
  '1999-12-31',
  '2000-01-01',
  '2100-12-31',
  '2101-01-01',
  '2027-02-30',
  '2027-02-29',
  '2028-02-29',
  '2027-04-31',
  '2027-13-01',
  '2027-00-10',
  '2027-03-28',
  '2026-10-25',
  '2027-10-31',
  '20270101',
  '2027-1-1',
  '+275760-09-13',
  '-000001-01-01',
];

export const extremeTimes = ['02:00', '02:30', '03:00', '00:00', '23:59', '24:00', '25:61', '2:00'];

export const extremeInstants = [
  '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00Z',
  '2027-03-28T02:30:00+01:00',
  '2027-03-28T02:30:00',
  '2027-02-30T10:00:00Z',
  '2000-01-01T00:00:00+14:00',
  '2100-12-31T23:59:59-12:00',
  '2026-10-25T02:30:00+02:00',
  '1970-01-01T00:00:00Z',
  '2027-01-01T25:00:00Z',
  'now',
];

const extremeNumbers = [
  new RawJson('1e308'),
  new RawJson('-1e308'),
  new RawJson('1e400'),
  new RawJson('-1e400'),
  new RawJson('-0'),
  new RawJson('1E-400'),
  new RawJson('123456789012345678901234567890'),
  new RawJson('9007199254740993'),
  new RawJson('-9223372036854775809'),
  new RawJson('0.1e1'),
  0,
  -1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  0.5,
];

const numberLikeStrings = ['NaN', 'Infinity', '-Infinity', '1e308', '-0', '0x10', '1_000', '٣', ''];

const oddStrings = [
  '',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\u2028',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udfff',
  '😀',
  'é'.normalize('NFD'),
  '‮gnp.exe',
  "' OR 1=1 --",
  '"; DROP TABLE bookings; --',
  '%',
  '_',
  '\\',
  '../../etc/passwd',
  '..%2f..%2f',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://',
  "!!(&|:* <-> '",
  '{{7*7}}',
  '${7*7}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'true',
];

/** A value of the wrong kind, wherever one is expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...extremeNumbers) },
  { weight: 2, arbitrary: fc.constantFrom(...numberLikeStrings, ...oddStrings) },
  { weight: 3, arbitrary: controlText },
  { weight: 2, arbitrary: fc.constantFrom(...extremeDates, ...extremeInstants, ...extremeTimes) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      new LargeText('a', 70_000),
      new LargeText('é', 400_000),
      new LargeText('x', 1_048_000),
      new LargeText('\u0000', 20_000),
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [[]], [null]) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.uuid() },
);

/** What a path segment may be instead of a good id: encoded tricks, nothing, far too long. */
export const hostilePathSegment: fc.Arbitrary<UrlPart> = fc.oneof(
  fc
    .constantFrom(
      'not-a-uuid',
      '..%2f..%2f',
      '..%2F',
      '%2e%2e',
      '%00',
      '%01',
      '%7f',
      '%',
      '%E0%A4%A',
      '%C0%AF',
      '%FF',
      '%u0000',
      '%20',
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
      '{00000000-0000-4000-8000-000000000000}',
      '00000000-0000-4000-8000-000000000000%00',
      '00000000-0000-4000-8000-00000000000',
      '-1',
      '1e308',
      'null',
      '__proto__',
      'constructor',
      '9999-12-31',
      '0000-01-01',
      '2027-02-30',
      '2027-03-28',
      'a'.repeat(4096),
    )
    .map((text) => new UrlPart(text, true)),
  fc.uuid().map((id) => new UrlPart(id)),
  controlText.map((text) => new UrlPart(text)),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((text) => new UrlPart(text)),
  fc.constantFrom(...extremeDates).map((text) => new UrlPart(text)),
);

/** A text built when sent and printed by its label: failure reports stay readable. */
export class BuiltText {
  constructor(
    readonly label: string,
    readonly build: () => string,
  ) {}
  toString(): string {
    return this.build();
  }
  [fc.toStringMethod](): string {
    return `BuiltText(${this.label})`;
  }
}

/** Bodies that are not the JSON object the route expects, as raw text. */
export const malformedJsonTexts: (string | BuiltText | LargeText)[] = [
  '',
  '{',
  '}',
  '{"a":}',
  "{'a':1}",
  '[1,2',
  'nul',
  'undefined',
  'NaN',
  '{"a":1}garbage',
  '\ufeff{}',
  '{"a":1,"a":2}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '"just a string"',
  '12',
  'null',
  'true',
  '[]',
  '[{}]',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '{"a":1e400}',
  new BuiltText('arrays nested 5,000 deep', () => `${'['.repeat(5000)}${']'.repeat(5000)}`),
  new BuiltText('objects nested 3,000 deep', () => `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`),
  new BuiltText('an array of 200,000 zeros', () => `[${'0,'.repeat(200_000)}0]`),
  new BuiltText('arrays nested 400,000 deep', () => `${'['.repeat(400_000)}${']'.repeat(400_000)}`),
  new LargeText('<svg>', 2_200_000),
];

/** Bodies as bytes: broken UTF-8, a compressed bomb, compression that is not. */
export type BinaryBody = {
  name: string;
  contentEncoding?: string;
  bytes: () => Uint8Array;
};

let gzipBomb: Uint8Array | undefined;
export const binaryBodies: BinaryBody[] = [
  {
    name: 'invalid UTF-8',
    bytes: () =>
      Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0xaf, 0x22, 0x7d]),
  },
  {
    name: 'gzip bomb (20 MB of zeros)',
    contentEncoding: 'gzip',
    bytes: () => (gzipBomb ??= gzipSync(Buffer.alloc(20_000_000, ' '))),
  },
  { name: 'not gzip', contentEncoding: 'gzip', bytes: () => Buffer.from('{"a":1}') },
  { name: 'unknown encoding', contentEncoding: 'compress', bytes: () => Buffer.from('{}') },
  { name: 'PNG header only', bytes: () => Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') },
];

export const otherContentTypes = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/json; charset=utf-16',
  'application/json; charset=klingon',
  'application/merge-patch+json',
  'application/xml',
  'image/svg+xml',
  'image/png',
  '',
];

/** Bodies a zone plan upload may meet (raw SVG or PNG), hostile ones included. */
export const planBodies = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="10" height="10"/></svg>',
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1e308 -1"><script>alert(1)</script></svg>',
  '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>',
  '<svg width="NaN" height="Infinity"></svg>',
  '<svg><g><g><g><g><g><g><g><g></g></g></g></g></g></g></g></g></svg>',
  '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><text>\u0000</text></svg>',
  '<svg',
  'not an image',
];

export type FieldHints = Record<string, fc.Arbitrary<unknown>>;

/**
 * A value shaped by `schema` (types, enums, patterns, bounds), so that a request gets past
 * validation into the services. `hints` give, by field name, values the server will recognise.
 */
export function arbitraryFromSchema(
  schema: JsonSchema,
  hints: FieldHints,
  name?: string,
): fc.Arbitrary<unknown> {
  const base = (name && hints[name]) || structuralArbitrary(schema, hints);
  return schema.nullable
    ? fc.oneof({ weight: 4, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) })
    : base;
}

function structuralArbitrary(schema: JsonSchema, hints: FieldHints): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => arbitraryFromSchema(s, hints)));
  if (schema.allOf?.[0]) return arbitraryFromSchema(schema.allOf[0], hints);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'object': {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(
        Object.entries(properties).map(([key, property]) => [
          key,
          arbitraryFromSchema(property, hints, key),
        ]),
      );
      return fc.record(model, { requiredKeys: schema.required ?? [] });
    }
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? minLength + 4, minLength + 4);
      return fc.array(arbitraryFromSchema(schema.items ?? {}, hints), { minLength, maxLength });
    }
    case 'string':
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'email') return fc.emailAddress();
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({
        unit: 'grapheme',
        minLength: schema.minLength ?? 0,
        maxLength: Math.min(schema.maxLength ?? 40, (schema.minLength ?? 0) + 40),
      });
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1e6,
        max: schema.maximum ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Plain objects and arrays; our symbolic values (PoolRef, LargeText…) are leaves. */
function isContainer(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

/** Every path of `value` down to its leaves, so one field can be broken at a time. */
export function fieldPaths(value: unknown, prefix: string[] = []): string[][] {
  if (!isContainer(value)) return prefix.length ? [prefix] : [];
  const entries = Object.entries(value);
  const own = prefix.length ? [prefix] : [];
  return [...own, ...entries.flatMap(([key, item]) => fieldPaths(item, [...prefix, key]))];
}

/** `value` with the field at `path` set to `replacement`, or removed when it is `undefined`. */
export function withField(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0 || !isContainer(value)) return replacement;
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...(value as Record<string, unknown>) };
  const [head = '', ...rest] = path;
  const next = withField(copy[head], rest, replacement);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}
