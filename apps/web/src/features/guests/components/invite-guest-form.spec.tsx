import type { CreateGuestInvitation, GuestInvitation } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { loadEnglishSentences } from '../../../i18n/sentences';
import { createFakeApi, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { InviteGuestForm } from './invite-guest-form';

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi();
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  expect(api.unanswered).toEqual([]);
});

const frenchLabels = [
  'Prénom',
  'Nom',
  /Adresse électronique/,
  'Organisation',
  /SIRET/,
  'Motif de la venue',
] as const;
const englishLabels = [
  'First name',
  'Last name',
  /E-mail address/,
  'Organisation',
  /SIRET/,
  'Reason for the visit',
] as const;

/** Pasted rather than typed key by key: one input event per field keeps the test quick. */
async function fillGuest(
  person: ReturnType<typeof userEvent.setup>,
  siret: string,
  labels: readonly (RegExp | string)[] = frenchLabels,
) {
  const values = ['Margaux', 'Durand', 'margaux@exemple.fr', 'Société Exemple', siret, 'Atelier'];
  const fields = labels.map((label, index) => [label, values[index] ?? ''] as const);
  for (const [label, value] of fields) {
    await person.click(screen.getByLabelText(label));
    await person.paste(value);
  }
}

describe('« Inviter une personne »', () => {
  test('a wrong SIRET is refused in French, and nothing is sent', async () => {
    const person = userEvent.setup();
    renderPage(<InviteGuestForm sites={[parisSite]} />);
    await fillGuest(person, '11000535200008');
    await person.click(screen.getByRole('button', { name: 'Inviter' }));
    expect(
      await screen.findByText('Ce SIRET n’est pas valide : vérifiez les 14 chiffres.'),
    ).toBeTruthy();
    expect(api.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  test('sends the invitation and says the hosts will decide', async () => {
    const person = userEvent.setup();
    let sent: CreateGuestInvitation | undefined;
    api.on('POST', /^\/api\/guests\/invitations$/, (request) => {
      sent = request.body as CreateGuestInvitation;
      return {
        status: 201,
        body: {
          id: '7f1c5f8e-2a4b-4c1d-9e3f-0a1b2c3d4e5f',
          site: { id: parisSite.id, name: parisSite.name },
          date: sent.date,
          guest: {
            givenName: 'Margaux',
            usualName: 'Durand',
            email: 'margaux@exemple.fr',
            organisation: 'Société Exemple',
            siret: '11000535200007',
          },
          reason: 'Atelier',
          status: 'pending',
          declineReason: null,
          invitedBy: { givenName: 'Camille', usualName: 'Martin' },
          decidedAt: null,
          charterAcceptedAt: null,
          checkedInAt: null,
          createdAt: '2027-03-09T08:00:00.000Z',
        } satisfies GuestInvitation,
      };
    });
    renderPage(<InviteGuestForm sites={[parisSite]} />);
    await fillGuest(person, '110 005 352 00007');
    await person.click(screen.getByRole('button', { name: 'Inviter' }));
    expect(await screen.findByText(/L’équipe du site doit valider l’invitation/)).toBeTruthy();
    expect(sent).toMatchObject({
      siteId: parisSite.id,
      givenName: 'Margaux',
      siret: '11000535200007',
      email: 'margaux@exemple.fr',
    });
  });
});

describe('« Inviter une personne » in English', () => {
  beforeEach(async () => {
    await loadEnglishSentences();
    await setLanguage('en');
  });

  afterEach(async () => {
    await setLanguage('fr');
    localStorage.clear();
  });

  test('a wrong SIRET is refused in English, and nothing is sent', async () => {
    const person = userEvent.setup();
    renderPage(<InviteGuestForm sites={[parisSite]} />);
    await fillGuest(person, '11000535200008', englishLabels);
    await person.click(screen.getByRole('button', { name: 'Invite' }));
    expect(
      await screen.findByText('This SIRET number is not valid: check the 14 digits.'),
    ).toBeTruthy();
    expect(api.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });
});
