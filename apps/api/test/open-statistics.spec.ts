import type { OpenDataSite, OpenStatistics } from '@admz/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { personOf, pastBooking } from './analytics-fixtures';
import { loadDemoSites, type DemoSite } from './fixtures';
import { call, startTestApp, type TestApp } from './test-app';

/**
 * Seen from Tuesday 9 March 2027, the last complete month is February 2027: 20 open weekdays at
 * both demo sites. Paris had 4 people that month (withheld), Lyon 5 (published).
 */
let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
const people: { id: string; name: string }[] = [];

beforeAll(async () => {
  t = await startTestApp({}, undefined, { now: new Date('2027-03-09T07:55:00Z') });
  ({ paris, lyon } = await loadDemoSites(t));
  const organisations = [
    { siret: '11111111100011', label: 'Ministère A' },
    { siret: '22222222200022', label: 'Préfecture B' },
    { siret: '11111111100011', label: 'Ministère A' },
    { siret: '11111111100011', label: 'Ministère A' },
    { siret: '33333333300033', label: 'Rectorat C' },
  ];
  for (const [index, organisation] of organisations.entries()) {
    people.push(await personOf(t, `Ouverte${index}`, organisation));
  }
  for (const [index, person] of people.entries()) {
    // Lyon: Monday 1 February for the first two (A and B), Tuesday 2 for the others (A, A, C).
    await pastBooking(t, {
      siteId: lyon.id,
      deskId: lyon.deskId(index),
      userId: person.id,
      date: index < 2 ? '2027-02-01' : '2027-02-02',
      slot: 'day',
      status: 'checked_out',
    });
    // Paris: the first four only, on the 10th.
    if (index < 4) {
      await pastBooking(t, {
        siteId: paris.id,
        deskId: paris.deskId(index),
        userId: person.id,
        date: '2027-02-10',
        slot: 'day',
        status: 'checked_out',
      });
    }
  }
});
afterAll(async () => {
  await t?.close();
});

const openStatistics = (query = 'months=1') =>
  call<OpenStatistics>(t, `/api/open-statistics?${query}`);

describe('open statistics', () => {
  test('need no login, and withhold every figure computed over fewer than 5 people', async () => {
    const answer = await openStatistics();
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(answer.body.months).toEqual(['2027-02']);
    expect(answer.body.minimumPeople).toBe(5);
    const rowOf = (siteId: string) => answer.body.rows.find((row) => row.siteId === siteId);
    expect(rowOf(paris.id)).toEqual({
      siteId: paris.id,
      siteName: 'AdmZ Paris',
      month: '2027-02',
      openDays: 20,
      suppressed: true,
      occupancyRate: null,
      visits: null,
      administrations: null,
      sharedDaysShare: null,
    });
    expect(rowOf(lyon.id)).toEqual({
      siteId: lyon.id,
      siteName: 'AdmZ Lyon',
      month: '2027-02',
      openDays: 20,
      suppressed: false,
      // 5 full days on 12 desks × 2 half-days × 20 days.
      occupancyRate: 10 / 480,
      visits: 5,
      administrations: 3,
      // Monday (A, B) and Tuesday (A, C) of 20 open days.
      sharedDaysShare: 2 / 20,
    });
  });

  test('publish a site once a fifth person came (after the 10-minute cache)', async () => {
    const fifth = people[4];
    if (!fifth) throw new Error('no fifth person');
    await pastBooking(t, {
      siteId: paris.id,
      deskId: paris.deskId(4),
      userId: fifth.id,
      date: '2027-02-11',
      slot: 'morning',
      status: 'checked_in',
    });
    const cached = (await openStatistics()).body.rows.find((row) => row.siteId === paris.id);
    expect(cached?.suppressed).toBe(true);
    t.clock.advance(11 * 60_000);
    const published = (await openStatistics()).body.rows.find((row) => row.siteId === paris.id);
    expect(published).toMatchObject({
      suppressed: false,
      visits: 5,
      // 4 full days and a morning on 40 desks × 2 × 20.
      occupancyRate: 9 / 1600,
      administrations: 3,
      sharedDaysShare: 1 / 20,
    });
  });

  test('carry no name nor e-mail, in JSON or CSV', async () => {
    const json = JSON.stringify((await openStatistics('months=3')).body);
    const response = await fetch(`${t.baseUrl}/api/open-statistics.csv?months=1`);
    const csv = await response.text();
    for (const person of people) {
      expect(json).not.toContain(person.name.split(' ')[0]);
      expect(csv).not.toContain(person.name.split(' ')[0]);
    }
    expect(json).not.toMatch(/@|Statistique/);
    expect(csv).not.toMatch(/@|Statistique/);
  });

  test('download as CSV with withheld figures marked « < 5 personnes »', async () => {
    const response = await fetch(`${t.baseUrl}/api/open-statistics.csv?months=2`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const text = await response.text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      "Site;Mois;Jours ouverts;Taux d'occupation (%);Venues;Administrations distinctes;Part des jours ouverts avec plusieurs administrations (%);Secret statistique;Événements;Inscriptions sur place aux événements;Présents aux événements;Absents aux événements",
    );
    // January (1st a holiday): nobody came anywhere; February: Lyon published.
    expect(lines).toContain(
      'AdmZ Lyon;2027-01;20;< 5 personnes;< 5 personnes;< 5 personnes;< 5 personnes;oui;0;0;0;0',
    );
    expect(lines).toContain('AdmZ Lyon;2027-02;20;2,1;5;3;10;non;0;0;0;0');
    // The demo's tour stop (a temporary site to come, no desk, no hours) has no open day.
    expect(lines).toContain(
      'AdmZ Tournée Clermont-Ferrand;2027-02;0;< 5 personnes;< 5 personnes;< 5 personnes;< 5 personnes;oui;0;0;0;0',
    );
    expect(lines).toHaveLength(1 + 6 + 1);
  });

  test('bound the months asked, with a sentence naming the field', async () => {
    const tooMany = await call<{ issues: { path: string; message: string }[] }>(
      t,
      '/api/open-statistics?months=25',
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.issues[0]).toEqual({
      path: 'months',
      message: 'Le nombre de mois (months) doit être au plus 24.',
    });
    expect((await call(t, '/api/open-statistics?months=abc')).status).toBe(400);
    const byDefault = await call<OpenStatistics>(t, '/api/open-statistics');
    expect(byDefault.body.months).toHaveLength(12);
    expect(byDefault.body.months.at(-1)).toBe('2027-02');
  });
});

describe('the sites as open data', () => {
  test('are public: where, when, how accessible, and nothing about people', async () => {
    const answer = await call<OpenDataSite[]>(t, '/api/open-data/sites');
    expect(answer.status).toBe(200);
    const parisSite = answer.body.find((site) => site.id === paris.id);
    expect(parisSite).toEqual({
      id: paris.id,
      nom: 'AdmZ Paris',
      adresse: '20 avenue de Ségur, 75007 Paris',
      description: expect.any(String),
      acces: expect.stringContaining('Métro Ségur'),
      horaires: 'Mo-Fr 09:00-19:00',
      fuseauHoraire: 'Europe/Paris',
      nombrePostes: 40,
      postesAccessiblesPlainPied: 9,
      postesEcran: 19,
      postesAssisDebout: 10,
      postesZoneCalme: 10,
      zones: ['Atelier', 'Espace calme', 'Plateau ouvert'],
    });
    expect(JSON.stringify(answer.body)).not.toMatch(/@|wifi|Wi-Fi|mot de passe/i);
  });
});
