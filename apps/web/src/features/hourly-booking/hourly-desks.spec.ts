import { describe, expect, it } from 'vitest';
import { describeHourlyZones, listHourlyDesks } from './hourly-desks';

const desks = [
  { id: 'a', label: 'A-01', zone: 'Open space' },
  { id: 'b', label: 'B-07', zone: 'Atelier' },
  { id: 'c', label: 'C-03', zone: 'Espace calme' },
];

describe('listHourlyDesks', () => {
  it('offers every desk when the site sets no hourly zone', () => {
    expect(listHourlyDesks(desks, [])).toEqual(desks);
  });

  it('offers only the desks of the hourly zones, in their order', () => {
    expect(listHourlyDesks(desks, ['Espace calme', 'Atelier']).map((desk) => desk.label)).toEqual([
      'B-07',
      'C-03',
    ]);
  });

  it('offers nothing when no desk is left in the hourly zones', () => {
    expect(listHourlyDesks(desks, ['Salle Jaune'])).toEqual([]);
  });
});

describe('describeHourlyZones', () => {
  it('says nothing when every zone is offered', () => {
    expect(describeHourlyZones([])).toBeNull();
  });

  it('names the one zone or the zones offered by the hour', () => {
    expect(describeHourlyZones(['Atelier'])).toBe(
      "À l'heure, ce site propose seulement la zone « Atelier ».",
    );
    expect(describeHourlyZones(['Atelier', 'Espace calme', 'Salle Jaune'])).toBe(
      "À l'heure, ce site propose seulement les zones « Atelier », « Espace calme » et « Salle Jaune ».",
    );
  });
});

describe('describeHourlyZones in English', () => {
  it('names the zones offered by the hour in English', () => {
    expect(describeHourlyZones(['Atelier', 'Espace calme', 'Salle Jaune'], 'en')).toBe(
      'By the hour, this site only offers the zones “Atelier”, “Espace calme” and “Salle Jaune”.',
    );
  });
});
