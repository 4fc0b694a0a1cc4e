import { describe, expect, it } from 'vitest';
import { countFreeDesks, groupDesksByZone, type AvailabilityDesk } from './group-desks-by-zone';

const allTaken: AvailabilityDesk['states'] = { morning: 'taken', afternoon: 'taken', day: 'taken' };

function desk(label: string, zone: string, states = allTaken): AvailabilityDesk {
  return { id: `id-${label}`, label, zone, attributes: [], planPosition: null, states };
}

describe('groupDesksByZone', () => {
  it('groups by zone, zones alphabetical, desks in natural order', () => {
    const groups = groupDesksByZone([
      desk('B-10', 'Plateau'),
      desk('A-1', 'Atelier'),
      desk('B-2', 'Plateau'),
      desk('Z-1', 'Espace calme'),
    ]);
    expect(groups.map((group) => group.zone)).toEqual(['Atelier', 'Espace calme', 'Plateau']);
    expect(groups[2]?.desks.map((item) => item.label)).toEqual(['B-2', 'B-10']);
  });

  it('returns no group for no desk', () => {
    expect(groupDesksByZone([])).toEqual([]);
  });
});

describe('countFreeDesks', () => {
  it('counts desks with at least one free slot', () => {
    expect(
      countFreeDesks([
        desk('A', 'Z', { ...allTaken, morning: 'free' }),
        desk('B', 'Z', { ...allTaken, afternoon: 'mine' }),
        desk('C', 'Z', { ...allTaken, day: 'unavailable' }),
        desk('D', 'Z', { ...allTaken, day: 'free' }),
      ]),
    ).toBe(2);
  });
});
