import { describe, expect, it } from 'vitest';
import { createGuestInvitationSchema, isValidSiret } from './guests';

const valid = {
  siteId: '7f1c5f8e-2a4b-4c1d-9e3f-0a1b2c3d4e5f',
  date: '2027-03-09',
  givenName: 'Margaux',
  usualName: 'Durand',
  email: 'Margaux.Durand@Exemple.fr',
  organisation: 'Société Exemple',
  reason: 'Atelier',
};

describe('SIRET', () => {
  it('accepts a SIRET whose Luhn sum is right, and La Poste’s by its own rule', () => {
    expect(isValidSiret('11000535200007')).toBe(true);
    expect(isValidSiret('73282932000074')).toBe(true);
    // La Poste (SIREN 356000000): the digits sum to a multiple of 5, Luhn or not.
    expect(isValidSiret('35600000000010')).toBe(true);
  });

  it('refuses a wrong digit, a wrong length or letters', () => {
    expect(isValidSiret('11000535200008')).toBe(false);
    expect(isValidSiret('1100053520000')).toBe(false);
    expect(isValidSiret('1100053520000A')).toBe(false);
  });
});

describe('an invitation request', () => {
  it('takes a SIRET with spaces, lower-cases the e-mail, and the SIRET is optional', () => {
    const parsed = createGuestInvitationSchema.parse({ ...valid, siret: '110 005 352 00007' });
    expect(parsed.siret).toBe('11000535200007');
    expect(parsed.email).toBe('margaux.durand@exemple.fr');
    expect(createGuestInvitationSchema.parse(valid).siret).toBeUndefined();
  });

  it('says in French what is wrong', () => {
    const result = createGuestInvitationSchema.safeParse({
      ...valid,
      siret: '11000535200008',
      organisation: '',
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message);
    expect(messages).toContain('Ce SIRET n’est pas valide : vérifiez les 14 chiffres.');
    expect(messages).toContain('Indiquez l’organisation de la personne invitée.');
  });
});
