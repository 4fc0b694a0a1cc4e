import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import {
  capture,
  findSiteId,
  logIn,
  openFromMenu,
  presentOrFail,
  readDemoKioskCredential,
} from './e2e-helpers';
import { expect, test } from './e2e-test';
import { e2eDataDir } from './playwright.config';

test('an agent invites a guest, the host approves, the guest’s code checks them in at the kiosk and they are on the evacuation list', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const agent = await logIn(browser, 'Camille Martin');
  const host = await logIn(browser, 'Inès Lefèvre');
  const email = 'margaux.durand@exemple.fr';

  // Camille invites Margaux to AdmZ Paris today (the form's day is today by default).
  await agent.goto('/invites');
  await expect(
    agent.getByRole('heading', { level: 1, name: 'Inviter une personne' }),
  ).toBeVisible();
  await agent.getByLabel('Tiers-lieu').selectOption({ label: 'AdmZ Paris' });
  await agent.getByLabel('Prénom').fill('Margaux');
  await agent.getByLabel('Nom', { exact: true }).fill('Durand');
  await agent.getByLabel('Adresse électronique').fill(email);
  await agent.getByLabel('Organisation').fill('Société Exemple');
  // A wrong SIRET is refused in French before anything is sent.
  await agent.getByLabel('SIRET (facultatif)').fill('11000535200008');
  await agent.getByRole('button', { name: 'Inviter' }).click();
  await expect(
    agent.getByText('Ce SIRET n’est pas valide : vérifiez les 14 chiffres.'),
  ).toBeVisible();
  await agent.getByLabel('SIRET (facultatif)').fill('11000535200007');
  await agent.getByLabel('Motif de la venue').fill('Atelier de co-construction du service');
  await agent.getByRole('button', { name: 'Inviter' }).click();
  await expect(
    agent.getByText(/Margaux Durand est invité·e\. L’équipe du site doit valider/),
  ).toBeVisible();
  const mine = agent.getByRole('region', { name: 'Mes invitations' });
  await expect(mine.getByText('En attente de validation')).toBeVisible();
  await expectNoSeriousAccessibilityViolation(agent);
  await capture(agent, 'guests-invite');
  // The same page on a phone.
  await agent.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(agent);
  await capture(agent, 'guests-invite-phone');

  // Inès approves it from the hosts' menu.
  await openFromMenu(host, 'Gérer un tiers-lieu', 'Invitations à valider');
  await expect(
    host.getByRole('heading', { level: 1, name: 'Invitations à valider' }),
  ).toBeVisible();
  await host.getByLabel('Tiers-lieu').selectOption({ label: 'AdmZ Paris' });
  await host.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(host);
  await capture(host, 'guests-pending-phone');
  await host.setViewportSize({ width: 1280, height: 900 });
  await host.getByRole('button', { name: 'Valider l’invitation de Margaux Durand' }).click();
  await expect(host.getByText(/L’invitation de Margaux Durand est validée/)).toBeVisible();
  await expectNoSeriousAccessibilityViolation(host);

  // Margaux's mail, in the development outbox: the link to her page.
  let link: string | undefined;
  await expect(async () => {
    const outbox: { messages: { to: string; subject: string; text: string }[] } = await (
      await agent.request.get('/api/dev/outbox?limit=100')
    ).json();
    const mail = outbox.messages.find(
      (message) => message.to.includes(email) && message.subject.startsWith('Invitation :'),
    );
    link = /https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]{43}/.exec(mail?.text ?? '')?.[0];
    expect(link).toBeDefined();
  }).toPass({ timeout: 30_000 });
  const invitationUrl = new URL(presentOrFail(link, 'invitation link'));

  // Margaux has no account: her phone opens the link, she accepts the charter, the QR code shows.
  const guestContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const guest = await guestContext.newPage();
  await guest.goto(invitationUrl.pathname);
  await expect(guest.getByRole('heading', { level: 1, name: 'Bonjour Margaux' })).toBeVisible();
  await expect(guest.getByText('Charte d’utilisation d’AdmZ Paris')).toBeVisible();
  await expectNoSeriousAccessibilityViolation(guest);
  await guest.getByRole('button', { name: 'J’accepte la charte' }).click();
  await expect(guest.getByRole('img', { name: /^QR code d’accès à AdmZ Paris le/ })).toBeVisible();
  const codeText = presentOrFail(
    await guest.getByText(/^[23456789A-HJKMNP-Z]{4}-[23456789A-HJKMNP-Z]{4}$/).textContent(),
    'typed code on the guest page',
  );
  await expectNoSeriousAccessibilityViolation(guest);
  await expectNoHorizontalScroll(guest);
  await capture(guest, 'guest-page');

  // At the door of AdmZ Paris, the kiosk takes her typed code.
  const kioskContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(`/kiosk/?cle=${readDemoKioskCredential(e2eDataDir)}`);
  await kiosk.getByRole('button', { name: 'Saisir mon code' }).click();
  await kiosk.getByLabel('Code de réservation').fill(codeText);
  await kiosk.getByRole('button', { name: 'Valider' }).click();
  await expect(kiosk.getByRole('heading', { name: 'Bienvenue, Margaux' })).toBeVisible();
  await expect(kiosk.getByText('Invité·e de Camille Martin')).toBeVisible();
  await capture(kiosk, 'kiosk-guest-greeting');
  await kioskContext.close();
  await guestContext.close();

  // Inès finds Margaux on the evacuation list.
  await host.goto(`/evacuation?site=${await findSiteId(host, 'admz-paris')}`);
  const guests = host.getByRole('region', { name: /^Invité·es \(sans poste\)/ });
  await expect(guests.getByText('Margaux Durand (Invité·e)')).toBeVisible();
  await expect(guests.getByText('Camille Martin')).toBeVisible();
  await expectNoSeriousAccessibilityViolation(host);
  await capture(host, 'guests-evacuation');

  // The site's rules for guests, where its hosts set them: approval, and the charter Margaux read.
  await openFromMenu(host, 'Gérer un tiers-lieu', 'Paramètres du site');
  await host.getByRole('tab', { name: 'Invités' }).click();
  const settings = host.getByRole('form', { name: 'Règles des invitations' });
  await expect(settings.getByLabel(/^Valider chaque invitation/)).toBeChecked();
  await expect(settings.getByLabel(/^Charte d’utilisation/)).toHaveValue(
    /^Charte d’utilisation d’AdmZ Paris/,
  );
  await settings.getByRole('button', { name: 'Enregistrer les règles des invitations' }).click();
  await expect(host.getByText('Règles des invitations enregistrées.')).toBeVisible();
  await expectNoSeriousAccessibilityViolation(host);
  await host.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(host);
});
