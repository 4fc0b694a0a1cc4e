import type { ZoneSummary } from '@admz/shared';
import { describe, expect, it } from 'vitest';
import { describeHourlyZoneChoice, listHourlyZoneChoices } from './hourly-zone-choices';

const zone = (name: string, deskCount: number): ZoneSummary => ({
  id: '00000000-0000-4000-8000-000000000000',
  position: 1,
  zone: name,
  deskCount,
  placedDeskCount: 0,
  plan: null,
});

describe('listHourlyZoneChoices', () => {
  it('offers the site zones in their order', () => {
    expect(listHourlyZoneChoices([zone('Atelier', 4), zone('Espace calme', 2)], [])).toEqual([
      { zone: 'Atelier', deskCount: 4 },
      { zone: 'Espace calme', deskCount: 2 },
    ]);
  });

  it('keeps a chosen zone no desk carries any more, once, so it can be unchecked', () => {
    expect(
      listHourlyZoneChoices([zone('Atelier', 4)], ['Salle Jaune', 'Atelier', 'Salle Jaune']),
    ).toEqual([
      { zone: 'Atelier', deskCount: 4 },
      { zone: 'Salle Jaune', deskCount: null },
    ]);
  });
});

describe('describeHourlyZoneChoice', () => {
  it('counts the desks of the zone', () => {
    expect(describeHourlyZoneChoice({ zone: 'Atelier', deskCount: 1 })).toBe('1 poste');
    expect(describeHourlyZoneChoice({ zone: 'Atelier', deskCount: 4 })).toBe('4 postes');
    expect(describeHourlyZoneChoice({ zone: 'Salle Jaune', deskCount: null })).toBe(
      'Plus aucun poste dans cette zone.',
    );
  });

  it('counts in English too, where 0 is plural', () => {
    expect(describeHourlyZoneChoice({ zone: 'Atelier', deskCount: 1 }, 'en')).toBe('1 desk');
    expect(describeHourlyZoneChoice({ zone: 'Atelier', deskCount: 0 }, 'en')).toBe('0 desks');
    expect(describeHourlyZoneChoice({ zone: 'Salle Jaune', deskCount: null }, 'en')).toBe(
      'No desk left in this zone.',
    );
  });
});
