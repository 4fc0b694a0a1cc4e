import { formatSiteTime } from '@admz/shared';
import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import { capture, isoDateInParis, logIn, presentOrFail, sameOrigin } from './e2e-helpers';
import { expect, serverNow, test } from './e2e-test';

test('an agent registers in person, shows the event pass, the kiosk checks them in with its typed code, the host sees the arrival', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // A site of its own, run by Inès: no other test books or plans events there.
  const admin = await logIn(browser, 'Paul Durand');
  const host = await logIn(browser, 'Inès Lefèvre');
  const agent = await logIn(browser, 'Yanis Benali');
  // Yanis uses his phone.
  await agent.setViewportSize({ width: 390, height: 844 });
  const created = await admin.request.post('/api/sites', {
    headers: sameOrigin,
    data: {
      name: 'AdmZ Porte Nantes',
      slug: 'admz-porte-nantes',
      address: '1 quai de la Fosse, Nantes',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const siteId: string = (await created.json()).id;
  for (const [path, data] of [
    [`/api/sites/${siteId}/hosts`, { email: 'ines.lefevre@numerique.gouv.fr' }],
    [`/api/sites/${siteId}/desks/bulk`, { prefix: 'N-', first: 1, last: 4, zone: 'Salle' }],
  ] as const) {
    const answer = await admin.request.post(path, { headers: sameOrigin, data });
    expect(answer.ok(), `${path}: ${await answer.text()}`).toBe(true);
  }
  const zones: { id: string; zone: string }[] = await (
    await host.request.get(`/api/sites/${siteId}/zones`)
  ).json();
  const salle = presentOrFail(
    zones.find((zone) => zone.zone === 'Salle'),
    'zone Salle',
  );

  // Inès creates an event starting in about 20 minutes: the door is already open (30 min before).
  const fiveMinutes = 5 * 60_000;
  const startsAt = new Date(
    Math.ceil((serverNow().getTime() + 20 * 60_000) / fiveMinutes) * fiveMinutes,
  );
  const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
  const title = 'Atelier de la porte';
  const hosted = await host.request.post(`/api/sites/${siteId}/events/hosted`, {
    headers: sameOrigin,
    data: {
      title,
      description: 'Découvrir le tiers-lieu et ses outils.',
      type: 'workshop',
      themes: [],
      date: isoDateInParis(),
      startTime: formatSiteTime(startsAt, 'Europe/Paris'),
      endTime: formatSiteTime(endsAt, 'Europe/Paris'),
      zoneId: salle.id,
      capacity: 10,
      visioUrl: null,
      audience: 'agents',
      confirm: true,
    },
  });
  expect(hosted.status(), await hosted.text()).toBe(201);
  const eventId: string = (await hosted.json()).event.id;

  // A kiosk of the site, paired the way a tablet pairs.
  const kioskCreated = await host.request.post(`/api/sites/${siteId}/kiosks`, {
    headers: sameOrigin,
    data: { name: 'Borne de la porte' },
  });
  expect(kioskCreated.status(), await kioskCreated.text()).toBe(201);
  const paired = await admin.request.post('/api/kiosk/pair', {
    headers: sameOrigin,
    data: { pairingCode: (await kioskCreated.json()).pairingCode, appVersion: 'e2e' },
  });
  expect(paired.status(), await paired.text()).toBe(201);
  const credential: string = (await paired.json()).credential;

  // Yanis, on his phone, registers in person: his pass shows on the event's page, on the day.
  await agent.goto(`/evenements/${eventId}`);
  await expect(agent.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await agent.getByRole('button', { name: 'M’inscrire sur place' }).click();
  await expect(agent.getByText('Vous êtes inscrit (sur place).')).toBeVisible();
  await expect(agent.getByRole('heading', { name: `Pass pour « ${title} »` })).toBeVisible();
  await expect(
    agent.getByRole('img', { name: `QR code d’accès à l’événement « ${title} »` }),
  ).toBeVisible();
  const codeText = presentOrFail(
    await agent.getByText(/^[23456789A-HJKMNP-Z]{4}-[23456789A-HJKMNP-Z]{4}$/).textContent(),
    'typed code on the event pass',
  );
  await expect(agent.getByRole('button', { name: 'Plein écran' })).toBeVisible();
  await expectNoSeriousAccessibilityViolation(agent);
  await expectNoHorizontalScroll(agent);
  await capture(agent, 'event-pass');

  // Inès keeps the event's page open at the door: nobody has come yet.
  await host.goto(`/evenements/${eventId}`);
  const registrants = host.getByRole('region', { name: 'Inscrits' });
  await expect(registrants.getByText('0 venu sur 1 inscrit sur place.')).toBeVisible();

  // At the door, the kiosk takes the typed code and greets Yanis with the event.
  const kioskContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(`/kiosk/?cle=${credential}`);
  await expect(kiosk.getByText('AdmZ Porte Nantes').first()).toBeVisible();
  await kiosk.getByRole('button', { name: 'Saisir mon code' }).click();
  await kiosk.getByLabel('Code de réservation').fill(codeText);
  await kiosk.getByRole('button', { name: 'Valider' }).click();
  await expect(
    kiosk.getByRole('heading', { name: 'Bienvenue Yanis, votre arrivée est enregistrée' }),
  ).toBeVisible();
  await expect(kiosk.getByText(`Événement « ${title} » — Salle`)).toBeVisible();
  await capture(kiosk, 'kiosk-event-greeting');

  // The same code again: already in, no error.
  await kiosk.getByRole('button', { name: 'Terminer' }).click();
  await kiosk.getByRole('button', { name: 'Saisir mon code' }).click();
  await kiosk.getByLabel('Code de réservation').fill(codeText);
  await kiosk.getByRole('button', { name: 'Valider' }).click();
  await expect(
    kiosk.getByRole('heading', {
      name: /^Yanis, votre arrivée est déjà enregistrée depuis \d{2}:\d{2}$/,
    }),
  ).toBeVisible();
  await kioskContext.close();

  // Inès sees who came, without reloading (the list follows the arrivals while the door is open).
  await expect(registrants.getByText('1 venu sur 1 inscrit sur place.')).toBeVisible({
    timeout: 45_000,
  });
  const yanis = registrants.getByRole('listitem').filter({ hasText: 'Yanis Benali' });
  await expect(yanis).toContainText('Présent·e');
  await expect(yanis).toContainText(/arrivée à \d{2}:\d{2}/);
  await expectNoSeriousAccessibilityViolation(host);
  await capture(host, 'event-attendance');

  // And Yanis's pass says he has arrived.
  await agent.reload();
  await expect(agent.getByText(/Arrivée enregistrée à \d{2}:\d{2}\./)).toBeVisible();
});
