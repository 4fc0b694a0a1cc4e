import { describe, expect, test } from 'vitest';
import { defaultSiteRules, findPopulationRule, rulesForPerson, type SiteRules } from './rules';

const rules: SiteRules = {
  ...defaultSiteRules,
  maxDaysAhead: 30,
  maxBookingsPerWeek: 2,
  populationRules: [
    {
      label: 'Préfectures',
      match: { organisationWords: ['Préfecture'], sirens: [] },
      maxDaysAhead: 45,
      maxBookingsPerWeek: 3,
    },
    {
      label: 'Services déconcentrés',
      match: { organisationWords: ['DREETS', 'DDETS'], sirens: ['130017270'] },
      maxDaysAhead: 60,
      maxBookingsPerWeek: null,
    },
  ],
};

describe('rules per population', () => {
  test('a word of the organisation matches whatever its case and accents', () => {
    const person = { siret: null, organizationLabel: 'PREFECTURE du Rhône' };
    expect(findPopulationRule(rules, person)?.label).toBe('Préfectures');
    expect(rulesForPerson(rules, person)).toMatchObject({
      maxDaysAhead: 45,
      maxBookingsPerWeek: 3,
    });
  });

  test('the SIREN of the SIRET matches without the organisation', () => {
    const person = { siret: '13001727000013', organizationLabel: null };
    expect(rulesForPerson(rules, person)).toMatchObject({
      maxDaysAhead: 60,
      maxBookingsPerWeek: null,
    });
  });

  test('the first population that matches wins; nobody matched keeps the site’s rules', () => {
    const both = { siret: '13001727000013', organizationLabel: 'Préfecture de région' };
    expect(findPopulationRule(rules, both)?.label).toBe('Préfectures');
    const ministry = { siret: '11000201100044', organizationLabel: 'Ministère du Travail' };
    expect(findPopulationRule(rules, ministry)).toBeNull();
    expect(rulesForPerson(rules, ministry)).toBe(rules);
    expect(rulesForPerson(rules, null)).toBe(rules);
  });
});
