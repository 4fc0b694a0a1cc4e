import { describe, expect, it } from 'vitest';
import { messagesEn } from './messages-en';
import { messagesFr } from './messages-fr';

type Entry = { path: string; value: unknown };

function flatten(dictionary: object, prefix = ''): Entry[] {
  return Object.entries(dictionary).flatMap(([key, value]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return typeof value === 'object' && value !== null ? flatten(value, path) : [{ path, value }];
  });
}

const sampleArguments = ['Camille', 'A-01', '2.0.0'];

function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'function') return String(value(...sampleArguments));
  throw new Error(`Not a message: ${String(value)}`);
}

describe('kiosk dictionaries', () => {
  const french = flatten(messagesFr);
  const english = flatten(messagesEn);

  it('have the same keys in French and English', () => {
    expect(english.map((entry) => entry.path).sort()).toEqual(
      french.map((entry) => entry.path).sort(),
    );
  });

  it('take the same parameters in both languages', () => {
    const englishByPath = new Map(english.map((entry) => [entry.path, entry.value]));
    for (const { path, value } of french) {
      const translated = englishByPath.get(path);
      expect(typeof translated, path).toBe(typeof value);
      if (typeof value === 'function' && typeof translated === 'function')
        expect(translated.length, path).toBe(value.length);
    }
  });

  it('never render an empty string', () => {
    for (const { path, value } of [...french, ...english])
      expect(render(value).trim(), path).not.toBe('');
  });

  it('count occupancy in French with singular for 0 and 1', () => {
    expect(messagesFr.idle.occupancy(1, 2, 10)).toBe('1 présent·e · 2 réservations · 10 postes');
    expect(messagesFr.idle.occupancy(0, 0, 1)).toBe('0 présent·e · 0 réservation · 1 poste');
    expect(messagesEn.idle.occupancy(3, 1, 10)).toBe('3 present · 1 booking · 10 desks');
  });

  it('say how many arrivals wait while offline', () => {
    expect(messagesFr.offline.banner(2)).toBe('Hors ligne — 2 arrivées en attente d’envoi');
    expect(messagesFr.offline.banner(1)).toBe('Hors ligne — 1 arrivée en attente d’envoi');
    expect(messagesFr.offline.banner(0)).toBe('Hors ligne — aucune arrivée en attente d’envoi');
  });
});
