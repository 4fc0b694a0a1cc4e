import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  addDaysToIsoDate,
  isoWeekday,
  siteLocalToInstant,
  siteToday,
  type DeskAttribute,
  type EventType,
} from '@admz/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { hashToken } from '../auth/sessions.service';
import { demoAccounts, demoAdminSub, demoHostSub } from '../identity-provider/demo-accounts';
import { Kiosk } from '../kiosks/kiosk.entity';
import { hashSettingsPin } from '../kiosks/kiosks.service';
import { Desk } from '../sites/desk.entity';
import { WeeklyOpeningRow } from '../sites/opening-hours.entity';
import { Site } from '../sites/site.entity';
import { SiteRole, User } from '../users/user.entity';
import { seedDemoPresence } from '../presence/presence-demo';
import { seedDemoArchive } from './demo-archive';
import { seedRichDemo } from './demo-rich';

const demoKioskFile = 'demo-kiosk-credential.txt';
/** The demo kiosk's settings code, printed at start (a real kiosk gets its code from a host). */
export const demoKioskSettingsPin = '1234';

type DeskPlan = {
  zone: string;
  prefix: string;
  count: number;
  attributes: (index: number) => DeskAttribute[];
};

const parisDesks: DeskPlan[] = [
  {
    zone: 'Plateau ouvert',
    prefix: 'A',
    count: 20,
    attributes: (i) => (i % 2 === 0 ? ['screen'] : []),
  },
  {
    zone: 'Espace calme',
    prefix: 'C',
    count: 10,
    attributes: (i) => (i <= 4 ? ['quiet', 'screen', 'step_free'] : ['quiet']),
  },
  {
    zone: 'Atelier',
    prefix: 'B',
    count: 10,
    attributes: (i) => (i <= 5 ? ['standing', 'screen', 'step_free'] : ['standing']),
  },
];
const lyonDesks: DeskPlan[] = [
  {
    zone: 'Salle commune',
    prefix: 'L',
    count: 8,
    attributes: (i) => (i <= 3 ? ['screen', 'step_free'] : ['step_free']),
  },
  { zone: 'Bureau partagé', prefix: 'P', count: 4, attributes: () => ['quiet'] },
];
/** A public event of the demo, so that the public agenda is not empty at first start. */
type DemoEvent = {
  title: string;
  description: string;
  type: EventType;
  themes: string[];
  date: string;
  startTime: string;
  endTime: string;
  zone: string;
  capacity: number;
  visioUrl: string | null;
};

/** Fills an empty database with the demo sites, desks, hours, host, admin and one kiosk. */
export async function seedDemoData(
  dataSource: DataSource,
  persistDir: string | undefined,
  now: Date,
  {
    withPresence = false,
    withRichDemo = false,
  }: { withPresence?: boolean; withRichDemo?: boolean } = {},
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    // Several processes may start at once: one seeds, the others see its sites.
    await manager.query('SELECT pg_advisory_xact_lock(4242)');
    if ((await manager.count(Site)) > 0) return;

    const paris = await createSite(
      manager,
      {
        name: 'AdmZ Paris',
        slug: 'admz-paris',
        address: '20 avenue de Ségur, 75007 Paris',
        timezone: 'Europe/Paris',
        description:
          'Le tiers-lieu interministériel : travailler, se rencontrer et construire ensemble, hors des silos.',
        accessInfo:
          'Accueil au rez-de-chaussée, badge visiteur remis à la borne. Métro Ségur (ligne 10).',
        wifiInfo: 'Réseau « AdmZ-Invites », mot de passe affiché à l’accueil.',
        kioskMessage: 'Bienvenue à AdmZ Paris ! Déjeuner geek jeudi à 12 h 30 en salle Ségur.',
      },
      parisDesks,
      '19:00',
    );
    if (withPresence) await seedDemoPresence(manager, paris, '19:00', now);
    // Guests of Paris accept a short usage charter when they open their invitation.
    await manager.query(`UPDATE sites SET usage_charter = $2 WHERE id = $1`, [
      paris.id,
      parisUsageCharter,
    ]);
    const lyon = await createSite(
      manager,
      {
        name: 'AdmZ Lyon',
        slug: 'admz-lyon',
        address: '165 rue Garibaldi, 69003 Lyon',
        timezone: 'Europe/Paris',
        description: 'Tiers-lieu régional, partagé avec les services déconcentrés.',
        accessInfo: 'Deuxième étage, sonner à l’interphone « AdmZ ».',
        wifiInfo: 'Réseau « AdmZ-Lyon ».',
        kioskMessage: '',
      },
      lyonDesks,
      '18:00',
    );

    // Rooms and large tables booked by the hour for a group (issue 11).
    await manager.query(
      `INSERT INTO rooms (site_id, name, kind, capacity, equipment, created_at)
       SELECT site_id::uuid, name, kind, capacity, string_to_array(equipment, ',')::text[], $2
       FROM jsonb_to_recordset($1::jsonb)
         AS room (site_id text, name text, kind text, capacity int, equipment text)`,
      [
        JSON.stringify([
          {
            site_id: paris.id,
            name: 'Salle Marianne',
            kind: 'room',
            capacity: 8,
            equipment: 'screen,visio',
          },
          {
            site_id: paris.id,
            name: 'Grande table de l’atrium',
            kind: 'table',
            capacity: 10,
            equipment: '',
          },
          {
            site_id: paris.id,
            name: 'Salle Ségur',
            kind: 'room',
            capacity: 4,
            equipment: 'whiteboard',
          },
          {
            site_id: lyon.id,
            name: 'Salle Garibaldi',
            kind: 'room',
            capacity: 6,
            equipment: 'screen,whiteboard',
          },
        ]),
        now,
      ],
    );

    // A tour day five weeks ahead (a Tuesday and Wednesday): on the public agenda's « Où passe
    // AdmZ prochainement », not yet in the agents' list (they see it 30 days before). A room for
    // its event, no desk nor hours yet: its hosts set them up (no open day in the statistics).
    const tourStart = nextIsoWeekday(addDaysToIsoDate(siteToday('Europe/Paris', now), 35), 2);
    const tour = await manager.save(
      manager.create(Site, {
        name: 'AdmZ Tournée Clermont-Ferrand',
        slug: 'admz-tournee-clermont-ferrand',
        address: 'La Fabrique, 12 place de Jaude, 63000 Clermont-Ferrand',
        timezone: 'Europe/Paris',
        description:
          'AdmZ passe deux jours à Clermont-Ferrand, dans un tiers-lieu partenaire : venez travailler et rencontrer les agents du territoire.',
        accessInfo: 'Rez-de-chaussée, accueil AdmZ à l’entrée de La Fabrique.',
        wifiInfo: 'Réseau « Fabrique-Invites ».',
        kioskMessage: '',
        middayAt: '13:00',
        kind: 'temporary',
        startsOn: tourStart,
        endsOn: addDaysToIsoDate(tourStart, 1),
        capacity: 30,
      }),
    );
    await manager.query(`INSERT INTO zones (site_id, name, position) VALUES ($1, $2, 1)`, [
      tour.id,
      'Salle de la tournée',
    ]);

    for (const account of demoAccounts.filter((candidate) =>
      [demoHostSub, demoAdminSub].includes(candidate.claims.sub),
    )) {
      const { claims } = account;
      const user = await manager.save(
        manager.create(User, {
          sub: claims.sub,
          givenName: claims.given_name,
          usualName: claims.usual_name,
          email: claims.email,
          uid: claims.uid,
          siret: claims.siret,
          idpId: claims.idp_id,
          organizationLabel: claims.organization_label,
          isAdmin: claims.sub === demoAdminSub,
        }),
      );
      if (claims.sub === demoHostSub) {
        await manager.insert(SiteRole, { userId: user.id, siteId: paris.id, role: 'host' });
        // Evenings three and four weeks ahead, after the desks close: no booking is in the way.
        const parisToday = siteToday(paris.timezone, now);
        await createPublicEvents(manager, paris, user.id, now, [
          {
            title: 'Rencontre : les communs numériques dans l’administration',
            description:
              'Trois équipes présentent les logiciels libres qu’elles partagent avec d’autres administrations, puis échange avec la salle.',
            type: 'talk',
            themes: ['logiciel libre', 'communs'],
            date: nextIsoWeekday(addDaysToIsoDate(parisToday, 21), 4),
            startTime: '19:00',
            endTime: '20:30',
            zone: 'Plateau ouvert',
            capacity: 40,
            visioUrl: 'https://webinaire.numerique.gouv.fr/admz-communs',
          },
          {
            title: 'Atelier : écrire simplement pour les usagers',
            description:
              'Un atelier pratique de réécriture de courriers administratifs, ouvert aux agents comme aux curieux.',
            type: 'workshop',
            themes: ['langage clair'],
            date: nextIsoWeekday(addDaysToIsoDate(parisToday, 28), 2),
            startTime: '19:00',
            endTime: '21:00',
            zone: 'Atelier',
            capacity: 15,
            visioUrl: null,
          },
        ]);
        await createPublicEvents(manager, tour, user.id, now, [
          {
            title: 'AdmZ en tournée : présentation et café',
            description:
              'Découvrez AdmZ, le tiers-lieu des agents publics, le temps d’un café avec l’équipe de la tournée.',
            type: 'other',
            themes: ['tournée', 'tiers-lieux'],
            date: tourStart,
            startTime: '10:00',
            endTime: '11:00',
            zone: 'Salle de la tournée',
            capacity: 30,
            visioUrl: null,
          },
        ]);
        await seedDemoArchive(manager, paris, 'Atelier', user.id, now);
        if (withRichDemo) await seedRichDemo(manager, paris, '19:00', user.id, now);
      }
    }

    const credential = `kiosk_demo_${randomBytes(24).toString('base64url')}`;
    await manager.insert(Kiosk, {
      siteId: paris.id,
      name: 'Borne de l’entrée',
      credentialHash: hashToken(credential),
      isRevoked: false,
      pairedAt: now,
      settingsPinHash: await hashSettingsPin(demoKioskSettingsPin),
    });
    if (persistDir) {
      mkdirSync(resolve(persistDir), { recursive: true });
      writeFileSync(join(persistDir, demoKioskFile), credential, { mode: 0o600 });
    }
  });
}

/** The demo kiosk's credential, kept in the data directory so `npm start` can print the kiosk URL. */
export function readDemoKioskCredential(persistDir: string): string | null {
  const file = join(persistDir, demoKioskFile);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

async function createSite(
  manager: EntityManager,
  values: Omit<
    Site,
    | 'id'
    | 'createdAt'
    | 'middayAt'
    | 'holidayRegion'
    | 'extendedClosesAt'
    | 'kind'
    | 'startsOn'
    | 'endsOn'
    | 'capacity'
    | 'archivedAt'
  >,
  plans: DeskPlan[],
  closesAt: string,
): Promise<Site> {
  const site = await manager.save(manager.create(Site, { ...values, middayAt: '13:00' }));
  // The demo's zones in alphabetical order, as they were listed before zones had an order.
  await manager.query(
    `INSERT INTO zones (site_id, name, position)
     SELECT $1, name, row_number() OVER (ORDER BY name) FROM unnest($2::text[]) AS name`,
    [site.id, plans.map((plan) => plan.zone)],
  );
  const desks = plans.flatMap((plan) =>
    Array.from({ length: plan.count }, (_, index) => ({
      siteId: site.id,
      label: `${plan.prefix}-${String(index + 1).padStart(2, '0')}`,
      zone: plan.zone,
      attributes: plan.attributes(index + 1),
      isActive: true,
    })),
  );
  await manager.insert(Desk, desks);
  await manager.insert(
    WeeklyOpeningRow,
    [1, 2, 3, 4, 5].map((weekday) => ({ siteId: site.id, weekday, opensAt: '09:00', closesAt })),
  );
  return site;
}

/** The first date on or after `date` that falls on `weekday` (1 = Monday). */
function nextIsoWeekday(date: string, weekday: number): string {
  let candidate = date;
  while (isoWeekday(candidate) !== weekday) candidate = addDaysToIsoDate(candidate, 1);
  return candidate;
}

/** Approved public events at the site, as if its host had created them. */
async function createPublicEvents(
  manager: EntityManager,
  site: Site,
  hostId: string,
  now: Date,
  events: DemoEvent[],
): Promise<void> {
  for (const event of events) {
    await manager.query(
      `INSERT INTO events (site_id, zone_id, title, description, type, themes, local_date,
                           starts_at, ends_at, capacity, visio_url, audience, status,
                           proposed_by_user_id, decided_by_user_id, created_at, decided_at)
       SELECT $1, z.id, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11, 'public', 'approved',
              $12, $12, $13, $13
       FROM zones z WHERE z.site_id = $1 AND z.name = $2`,
      [
        site.id,
        event.zone,
        event.title,
        event.description,
        event.type,
        event.themes,
        event.date,
        siteLocalToInstant(event.date, event.startTime, site.timezone),
        siteLocalToInstant(event.date, event.endTime, site.timezone),
        event.capacity,
        event.visioUrl,
        hostId,
        now,
      ],
    );
  }
}

/** The demo Paris site's usage charter, accepted by each guest before their pass appears. */
export const parisUsageCharter = [
  'Charte d’utilisation d’AdmZ Paris',
  '',
  '1. Je présente mon QR code à la borne d’accueil en arrivant.',
  '2. Je respecte le calme des espaces de travail partagés et les règles de sécurité du bâtiment.',
  '3. Je ne photographie pas les écrans ni les documents des agents.',
  '4. En cas d’alarme, je suis les consignes de l’équipe du site.',
].join('\n');
