import { expectNoHorizontalScroll, expectNoSeriousAccessibilityViolation } from './accessibility';
import {
  bookTodayWithPass,
  capture,
  findSiteId,
  isoDateInParis,
  logIn,
  openFromMenu,
  sameOrigin,
  readMyBookings,
} from './e2e-helpers';
import { expect, test } from './e2e-test';

test('an agent opts in with a tag and is found by it, then a colleague books beside him', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // Yanis opts in on « Qui est là ? »: visible, a work summary, the tag « données ».
  const yanis = await logIn(browser, 'Yanis Benali');
  await openFromMenu(yanis, 'Se rencontrer', 'Qui est là ?');
  await expect(yanis.getByRole('heading', { level: 1, name: 'Qui est là ?' })).toBeVisible();
  const profile = yanis.getByRole('form', { name: 'Mon profil de présence' });
  await expect(profile.getByRole('checkbox', { name: 'Me rendre visible' })).not.toBeChecked();
  await profile.getByText('Me rendre visible', { exact: true }).click();
  await profile
    .getByLabel('Sur quoi je travaille')
    .fill('Les tableaux de bord de l’emploi régional');
  const tagField = profile.getByLabel(/Compétences \(mots-clés\)/);
  await tagField.fill('données');
  await tagField.press('Enter');
  await expect(profile.getByRole('button', { name: 'Retirer données' })).toBeVisible();
  await profile.getByRole('button', { name: 'Enregistrer mon profil' }).click();
  await expect(profile.getByText('Profil enregistré.')).toBeVisible();

  // He books a desk of the Atelier for today (through the API: the booking page is tested elsewhere).
  const parisId = await findSiteId(yanis, 'admz-paris');
  await bookTodayWithPass(yanis, parisId, 'B-09');

  // Camille searches « donnees », without the accent: Yanis is found, with his administration.
  const camille = await logIn(browser, 'Camille Martin');
  await camille.goto('/qui-est-la');
  await expect(camille.getByRole('heading', { level: 1, name: 'Qui est là ?' })).toBeVisible();
  await camille.getByLabel('Tiers-lieu', { exact: true }).selectOption({ label: 'AdmZ Paris' });
  const search = camille.getByRole('search', { name: 'Rechercher une personne' });
  await search.getByRole('searchbox', { name: /Compétence/ }).fill('donnees');
  await search.getByRole('button', { name: 'Rechercher' }).click();
  await expect(camille).toHaveURL(/[?&]competence=donnees/);
  const results = camille.getByRole('region', { name: 'Rechercher une personne' });
  const card = results.getByRole('article', { name: 'Yanis Benali' });
  await expect(card).toBeVisible();
  await expect(card.getByText('DREETS Auvergne-Rhône-Alpes')).toBeVisible();
  await expect(card.getByText('Les tableaux de bord de l’emploi régional')).toBeVisible();
  await expect(card.getByText(/Zone Atelier/)).toBeVisible();
  // The site's day lists him too, and counts his administration.
  const day = camille.getByRole('region', { name: /^À AdmZ Paris/ });
  await expect(
    day.getByRole('button', { name: /^DREETS Auvergne-Rhône-Alpes \(1\)/ }),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolation(camille);
  await capture(camille, 'web-presence');
  await camille.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(camille);
  await expectNoSeriousAccessibilityViolation(camille);
  await capture(camille, 'web-presence-phone');
  await camille.setViewportSize({ width: 1280, height: 900 });

  // « Réserver près de cette personne »: the booking page, on his site, day and zone.
  await card.getByRole('link', { name: /Réserver près de cette personne : Yanis Benali/ }).click();
  await expect(camille).toHaveURL(/\/reserver\?/);
  const address = new URL(camille.url());
  expect(address.searchParams.get('site')).toBe(parisId);
  expect(address.searchParams.get('date')).toBe(isoDateInParis());
  expect(address.searchParams.get('zone')).toBe('Atelier');
  await expect(camille.getByLabel('Zone', { exact: true })).toHaveValue('Atelier');

  // Yanis leaves: his profile is erased and Camille no longer finds him.
  await yanis.reload();
  await profile.getByRole('button', { name: 'Quitter et effacer mon profil' }).click();
  await profile.getByRole('button', { name: 'Oui, effacer mon profil' }).click();
  await expect(profile.getByText(/Votre profil est effacé/)).toBeVisible();
  const after = await camille.request.get(`/api/presence/search?tag=donnees`);
  expect(((await after.json()) as { people: unknown[] }).people).toEqual([]);
  // His booking stays his: cancelled for the scenarios that follow.
  const mine = await readMyBookings<{ id: string; date: string; status: string }>(yanis);
  for (const booking of mine.filter((item) => item.status === 'confirmed')) {
    await yanis.request.post(`/api/bookings/${booking.id}/cancel`, { headers: sameOrigin });
  }
});
