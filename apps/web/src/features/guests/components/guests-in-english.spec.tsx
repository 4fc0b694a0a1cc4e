import type { GuestInvitation, GuestPublicView, GuestSettings, Me } from '@admz/shared';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../i18n/language';
import { InvitesRoute } from '../../../routes/invites-route';
import { PendingGuestsRoute } from '../../../routes/pending-guests-route';
import { createFakeApi, parisSite } from '../../../test/fake-api';
import { renderPage } from '../../../test/render-page';
import { GuestInvitationPage } from './guest-invitation-page';
import { GuestSettingsPanel } from './guest-settings-form';

const host: Me = {
  id: '00000000-0000-4000-8000-000000000200',
  givenName: 'Dominique',
  usualName: 'Leroy',
  email: 'dominique.leroy@numerique.gouv.fr',
  organizationLabel: null,
  isAdmin: false,
  hostedSiteIds: [parisSite.id],
};

const invitation: GuestInvitation = {
  id: '7f1c5f8e-2a4b-4c1d-9e3f-0a1b2c3d4e5f',
  site: { id: parisSite.id, name: parisSite.name },
  date: '2027-03-09',
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
  createdAt: '2027-03-01T08:00:00.000Z',
};

const guestView: GuestPublicView = {
  givenName: 'Margaux',
  site: { name: parisSite.name, address: parisSite.address, accessInfo: 'Badge à l’accueil' },
  timezone: parisSite.timezone,
  date: '2027-03-09',
  invitedBy: 'Camille Martin',
  status: 'approved',
  isApproved: true,
  charter: 'Respectez le calme des lieux.',
  charterAcceptedAt: null,
  checkedInAt: null,
  passUnavailableReason: null,
  pass: null,
};

const settings: GuestSettings = { needsApproval: true, usageCharter: null };

let api: ReturnType<typeof createFakeApi>;

beforeEach(async () => {
  api = createFakeApi()
    .on('GET', /^\/api\/me$/, () => ({ status: 200, body: host }))
    .on('GET', /^\/api\/sites$/, () => ({ status: 200, body: [parisSite] }))
    .on('GET', /^\/api\/guests\/invitations$/, () => ({ status: 200, body: [invitation] }))
    .on('GET', /^\/api\/sites\/[^/]+\/guests\/invitations$/, () => ({
      status: 200,
      body: [invitation],
    }))
    .on('GET', /^\/api\/sites\/[^/]+\/guests\/settings$/, () => ({ status: 200, body: settings }))
    .on('GET', /^\/api\/public\/guest-invitations\/[^/]+$/, () => ({
      status: 200,
      body: guestView,
    }));
  vi.stubGlobal('fetch', api.fetch);
});

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('guests in English', () => {
  test('« Inviter une personne »: the form and my invitations', async () => {
    await setLanguage('en');
    renderPage(<InvitesRoute />);

    expect(screen.getByRole('heading', { level: 1, name: 'Invite someone' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'New invitation' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'First name' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Reason for the visit' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Invite' })).toBeTruthy();

    expect(await screen.findByText('Awaiting approval')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Cancel the invitation for Margaux Durand' }),
    ).toBeTruthy();
    expect(screen.queryByText('Mes invitations')).toBeNull();
    expect(document.title).toBe('Invite someone – AdmZ');
  });

  test('« Invitations à valider »: what a host decides on', async () => {
    await setLanguage('en');
    renderPage(<PendingGuestsRoute />);

    expect(screen.getByRole('heading', { level: 1, name: 'Invitations to approve' })).toBeTruthy();
    expect(
      await screen.findByRole('heading', { name: `Invitations to approve at ${parisSite.name}` }),
    ).toBeTruthy();
    expect(
      await screen.findByText('Tuesday 9 March 2027 — invited by Camille Martin'),
    ).toBeTruthy();
    expect(screen.getByText('Reason: Atelier')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Approve the invitation for Margaux Durand' }),
    ).toBeTruthy();
    expect(screen.queryByText('Valider')).toBeNull();
  });

  test("the guest's page and the site's invitation rules", async () => {
    await setLanguage('en');
    renderPage(<GuestInvitationPage secret="secret" />);

    expect(await screen.findByRole('heading', { name: 'Hello Margaux' })).toBeTruthy();
    expect(
      screen.getByText(`Camille Martin invites you to ${parisSite.name}, on Tuesday 9 March 2027.`),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'I accept the charter' })).toBeTruthy();
    expect(screen.getByText('Your pass is not available yet.')).toBeTruthy();
    expect(screen.queryByText('Charte d’utilisation du site')).toBeNull();
    cleanup();

    renderPage(<GuestSettingsPanel siteId={parisSite.id} />);
    expect(await screen.findByRole('button', { name: 'Save the invitation rules' })).toBeTruthy();
    expect(screen.getByText('Approve each invitation')).toBeTruthy();
    expect(screen.queryByText('Valider chaque invitation')).toBeNull();
  });
});
