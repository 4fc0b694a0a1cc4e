import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DeskAttribute } from '@admz/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { hashToken } from '../auth/sessions.service';
import { demoAccounts, demoAdminSub, demoHostSub } from '../identity-provider/demo-accounts';
import { Kiosk } from '../kiosks/kiosk.entity';
import { Desk } from '../sites/desk.entity';
import { WeeklyOpeningRow } from '../sites/opening-hours.entity';
import { Site } from '../sites/site.entity';
import { SiteRole, User } from '../users/user.entity';
import { seedDemoArchive } from './demo-archive';

const demoKioskFile = 'demo-kiosk-credential.txt';

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

/** Fills an empty database with the demo sites, desks, hours, host, admin and one kiosk. */
export async function seedDemoData(
  dataSource: DataSource,
  persistDir: string | undefined,
  now: Date,
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
    await createSite(
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
        await seedDemoArchive(manager, paris, 'Atelier', user.id, now);
      }
    }

    const credential = `kiosk_demo_${randomBytes(24).toString('base64url')}`;
    await manager.insert(Kiosk, {
      siteId: paris.id,
      name: 'Borne de l’entrée',
      credentialHash: hashToken(credential),
      isRevoked: false,
      pairedAt: now,
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
