import { describe, expect, test } from 'vitest';
import { defaultApiSentences, englishApiSentences } from './api-client';
import { createSentenceTranslator } from './sentences';
import { englishSentences } from './sentences-en';

describe('createSentenceTranslator', () => {
  const translate = createSentenceTranslator({
    'Ce poste est déjà réservé.': 'This desk is already booked.',
    'Le poste {label} est déjà réservé pour ce créneau.':
      'Desk {label} is already booked for this slot.',
    'Le poste {label} est déjà réservé pour ce créneau du {date}.':
      'Desk {label} is already booked for this slot on {date}.',
    'Le plan est trop grand ({width} × {height} pixels).':
      'The plan is too big ({width} × {height} pixels).',
    'Requête invalide : vérifiez {fields}. {issue}': 'Invalid request: check {fields}. {issue}',
    'Indiquez une date.': 'Give a date.',
    'Un (prix) de 3 $ ? {amount}': 'A (price) of $3? {amount}',
  });

  test('a sentence of the table, exactly, gets its translation', () => {
    expect(translate('Ce poste est déjà réservé.')).toBe('This desk is already booked.');
  });

  test('placeholders carry the values into the translation', () => {
    expect(translate('Le poste A-12 est déjà réservé pour ce créneau.')).toBe(
      'Desk A-12 is already booked for this slot.',
    );
    expect(translate('Le plan est trop grand (4000 × 3000 pixels).')).toBe(
      'The plan is too big (4000 × 3000 pixels).',
    );
  });

  test('the most specific key wins over a shorter one that also matches', () => {
    expect(translate('Le poste B3 est déjà réservé pour ce créneau du 5 janvier.')).toBe(
      'Desk B3 is already booked for this slot on 5 janvier.',
    );
  });

  test('a value that is itself a known sentence is translated too', () => {
    expect(translate('Requête invalide : vérifiez date. Indiquez une date.')).toBe(
      'Invalid request: check date. Give a date.',
    );
  });

  test('regular expression characters in a key are plain text', () => {
    expect(translate('Un (prix) de 3 $ ? 12 €')).toBe('A (price) of $3? 12 €');
    expect(translate('Un (prix) de 3 $X? 12 €')).toBe('Un (prix) de 3 $X? 12 €');
  });

  test('an unknown sentence, or a key missing its value, comes back unchanged', () => {
    expect(translate('Une phrase inconnue.')).toBe('Une phrase inconnue.');
    expect(translate('Le poste est déjà réservé pour ce créneau.')).toBe(
      'Le poste est déjà réservé pour ce créneau.',
    );
    expect(translate('Ce poste est déjà réservé. Ou pas.')).toBe(
      'Ce poste est déjà réservé. Ou pas.',
    );
  });
});

describe('the English table', () => {
  const placeholdersOf = (text: string): string[] =>
    [...text.matchAll(/\{([A-Za-z_$][\w$]*)\}/g)].map((match) => match[1] ?? '').sort();

  test('each translation names the same values as its French key', () => {
    const mismatched = Object.entries(englishSentences).filter(
      ([french, english]) =>
        JSON.stringify([...new Set(placeholdersOf(french))]) !==
        JSON.stringify([...new Set(placeholdersOf(english))]),
    );
    expect(mismatched).toEqual([]);
  });

  test('a sentence of the API reads in English', () => {
    const translate = createSentenceTranslator(englishSentences);
    expect(translate('Le poste A1 est déjà réservé sur ce créneau.')).toBe(
      'Desk A1 is already booked for this slot.',
    );
    expect(
      translate(
        "Le créneau « Matin » est en dehors des horaires d'ouverture : ce jour-là le site est ouvert de 14:00 à 18:00.",
      ),
    ).toBe(
      'The slot “Morning” is outside the opening hours: that day the site is open from 14:00 to 18:00.',
    );
    expect(translate('Le site est fermé le samedi 1 août 2026 (Jour férié : Assomption).')).toBe(
      'The site is closed on Saturday 1 August 2026 (public holiday: Assomption).',
    );
    expect(translate('Trop de codes d’appairage erronés : réessayez dans 2 minutes.')).toBe(
      'Too many wrong pairing codes: try again in 2 minutes.',
    );
  });
});

describe('the API clients’ own sentences', () => {
  test('the English table and englishApiSentences say the same for each French fallback', () => {
    const translate = createSentenceTranslator(englishSentences);
    const statuses = [401, 403, 404, 429, 502];
    expect(translate(defaultApiSentences.noAnswer)).toBe(englishApiSentences.noAnswer);
    expect(translate(defaultApiSentences.unexpectedAnswer)).toBe(
      englishApiSentences.unexpectedAnswer,
    );
    for (const status of statuses) {
      expect(translate(defaultApiSentences.forStatus(status))).toBe(
        englishApiSentences.forStatus(status),
      );
    }
  });
});
