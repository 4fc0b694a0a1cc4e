import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';

/**
 * How a counted key slows down: its first `freeFailures` failures cost nothing; the last of them
 * and each one after makes the key wait `firstDelaySeconds`, doubling up to `maxDelaySeconds`;
 * a key with no failure for `resetAfterSeconds` starts over.
 */
export type AttemptPolicy = {
  /** Names the key in `attempt_counters.limit_key`. */
  scope: string;
  freeFailures: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  resetAfterSeconds: number;
  /** The 429's sentence, given how long to wait (« 30 secondes »). */
  describeRefusal: (wait: string) => string;
};

/** Typed short codes, per kiosk and source address: strict, but a wait of a minute at most. */
export const typedCodeFromAddressPolicy: AttemptPolicy = {
  scope: 'typed-code-address',
  freeFailures: 10,
  firstDelaySeconds: 30,
  maxDelaySeconds: 60,
  resetAfterSeconds: 15 * 60,
  describeRefusal: (wait) =>
    `Trop de codes erronés : patientez ${wait} avant de réessayer, ou scannez le QR code de votre réservation.`,
};

/** Typed short codes, per kiosk whatever the address: a generous ceiling that spaces attempts. */
export const typedCodeAtKioskPolicy: AttemptPolicy = {
  scope: 'typed-code-kiosk',
  freeFailures: 30,
  firstDelaySeconds: 10,
  maxDelaySeconds: 10,
  resetAfterSeconds: 5 * 60,
  describeRefusal: (wait) =>
    `Trop de codes erronés sur cette borne en ce moment : réessayez dans ${wait}, ou scannez le QR code de votre réservation.`,
};

/** Pairing codes, per source address: a host types one a few times a year. */
export const pairingFromAddressPolicy: AttemptPolicy = {
  scope: 'pairing-address',
  freeFailures: 10,
  firstDelaySeconds: 60,
  maxDelaySeconds: 15 * 60,
  resetAfterSeconds: 60 * 60,
  describeRefusal: (wait) => `Trop de codes d’appairage erronés : réessayez dans ${wait}.`,
};

/** Pairing codes from every address together: at most one guess a second once 100 have failed. */
export const pairingEverywherePolicy: AttemptPolicy = {
  scope: 'pairing-everywhere',
  freeFailures: 100,
  firstDelaySeconds: 1,
  maxDelaySeconds: 1,
  resetAfterSeconds: 10 * 60,
  describeRefusal: (wait) => `Trop d’essais d’appairage en ce moment : réessayez dans ${wait}.`,
};

/**
 * The code that opens a kiosk's settings, per kiosk: the fifth wrong code in a row locks them
 * for 5 minutes, and while the counter lasts (15 minutes without a wrong code) each further wrong
 * code locks them again. 4 digits give 10,000 codes: a guesser gets about 20 tries an hour.
 */
export const kioskSettingsPinPolicy: AttemptPolicy = {
  scope: 'kiosk-settings-pin',
  freeFailures: 5,
  firstDelaySeconds: 5 * 60,
  maxDelaySeconds: 5 * 60,
  resetAfterSeconds: 15 * 60,
  describeRefusal: (wait) =>
    `Trop de codes erronés : les réglages de cette borne sont bloqués, réessayez dans ${wait}.`,
};

export type LimitedKey = { policy: AttemptPolicy; subject: string };

/** The key's row name; source addresses are kept only as a hash (personal data). */
export function toLimitKey({ policy, subject }: LimitedKey): string {
  return `${policy.scope}:${subject}`;
}

/**
 * A source address as a counted subject: IPv4 as is, IPv6 by its /64 (one subscriber's
 * network: counting single addresses there would give an attacker billions of budgets), hashed.
 */
export function toAddressSubject(address: string | undefined): string {
  const group = address === undefined ? 'unknown' : toAddressGroup(address);
  return createHash('sha256').update(group).digest('hex').slice(0, 32);
}

export function toAddressGroup(address: string): string {
  const mappedIpv4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mappedIpv4?.[1]) return mappedIpv4[1];
  if (!isIPv6(address)) return address;
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head, tail] = (address.split('%')[0] ?? '').split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
  return [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups].map((group) =>
    group.toLowerCase().replace(/^0+(?=.)/, ''),
  );
}

/** « 1 seconde », « 30 secondes », « 2 minutes »: waits are shown to a person. */
export function formatWait(seconds: number): string {
  if (seconds < 60) return seconds <= 1 ? '1 seconde' : `${seconds} secondes`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
