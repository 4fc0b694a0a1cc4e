import { describe, expect, test } from 'vitest';
import { bulkCreateDesksSchema, bulkDeskLabels, updateZoneSchema } from './site-console';

describe('desks in series', () => {
  test('« A- », 1 to 12 on two digits: A-01 … A-12, as the API creates them', () => {
    const series = bulkCreateDesksSchema.parse({ prefix: 'A-', first: 1, last: 12, zone: 'Calme' });
    const labels = bulkDeskLabels(series);
    expect(labels).toHaveLength(12);
    expect([labels[0], labels[9], labels[11]]).toEqual(['A-01', 'A-10', 'A-12']);
  });

  test('numbers wider than the padding keep their digits; no padding with width 0', () => {
    expect(bulkDeskLabels({ prefix: 'P', first: 99, last: 101, width: 2 })).toEqual([
      'P99',
      'P100',
      'P101',
    ]);
    expect(bulkDeskLabels({ prefix: '', first: 7, last: 8, width: 0 })).toEqual(['7', '8']);
  });

  test('over 200 at once, or the numbers upside down, are refused with a French sentence', () => {
    const tooMany = bulkCreateDesksSchema.safeParse({ first: 1, last: 201, zone: 'Calme' });
    expect(tooMany.error?.issues[0]?.message).toBe(
      'Au plus 200 postes à la fois : réduisez l’intervalle des numéros.',
    );
    const upsideDown = bulkCreateDesksSchema.safeParse({ first: 3, last: 1, zone: 'Calme' });
    expect(upsideDown.error?.issues[0]?.message).toBe(
      'Le premier numéro doit être inférieur ou égal au dernier.',
    );
    const noZone = bulkCreateDesksSchema.safeParse({ first: 1, last: 2, zone: ' ' });
    expect(noZone.error?.issues[0]?.message).toBe('Le nom de la zone est obligatoire.');
  });
});

test('a zone change names something to change', () => {
  expect(updateZoneSchema.safeParse({}).error?.issues[0]?.message).toBe(
    'Indiquez le nouveau nom de la zone, sa nouvelle place, ou les deux.',
  );
  expect(updateZoneSchema.parse({ position: 2 })).toEqual({ position: 2 });
});
