import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { column, queryOneRow } from '../database/typed-query';
import { isoWeekday } from '@admz/shared';
import { addDaysToIsoDate, siteLocalToInstant, siteToday } from '../common/site-time';
import { replaceArchive } from '../events/event-archive-queries';
import { insertEvent, setEventDecision } from '../events/event-queries';
import type { Site } from '../sites/site.entity';

/** Past events of the demo, so that the archive is not empty at first start. */
export async function seedDemoArchive(
  manager: EntityManager,
  site: Site,
  zoneName: string,
  hostId: string,
  now: Date,
): Promise<void> {
  const zone = await queryOneRow(
    manager,
    z.object({ id: column.id }),
    `SELECT id FROM zones WHERE site_id = $1 AND name = $2`,
    [site.id, zoneName],
  );
  const today = siteToday(site.timezone, now);
  const pastEvents = [
    {
      daysAgo: 14,
      title: 'Atelier : publier un logiciel libre de l’administration',
      description:
        'Licences, gouvernance, premiers contributeurs : comment ouvrir le code d’un service public.',
      type: 'workshop' as const,
      themes: ['logiciel libre', 'communs'],
      archive: {
        summary:
          'Trois administrations ont présenté la publication de leur code source : choix de la ' +
          'licence, accueil des contributions extérieures, maintenance dans la durée. Les ' +
          'participants sont repartis avec une liste de vérifications à faire avant d’ouvrir un dépôt.',
        links: [
          {
            kind: 'slides' as const,
            label: 'Diapositives de l’atelier',
            url: 'https://code.gouv.fr/documentation/',
          },
          {
            kind: 'repository' as const,
            label: 'Dépôt des logiciels libres publics',
            url: 'https://code.gouv.fr/sill/',
          },
        ],
      },
    },
    {
      daysAgo: 7,
      title: 'Journée accessibilité numérique',
      description: 'Tester ses démarches en ligne avec les personnes qui les utilisent.',
      type: 'thematic_day' as const,
      themes: ['accessibilité'],
      archive: {
        summary:
          'Tests de démarches en ligne avec des usagers en situation de handicap, puis ' +
          'atelier sur les critères du RGAA les plus souvent manqués.',
        links: [
          {
            kind: 'notes' as const,
            label: 'Compte rendu des tests utilisateurs',
            url: 'https://accessibilite.numerique.gouv.fr/',
          },
        ],
      },
    },
    {
      daysAgo: 3,
      title: 'Déjeuner des développeurs publics',
      description: 'Un déjeuner entre développeuses et développeurs des ministères.',
      type: 'lunch' as const,
      themes: ['communauté'],
      archive: null,
    },
  ];
  for (const event of pastEvents) {
    // On a day the site is open: a weekend moves back to the Friday before.
    let date = addDaysToIsoDate(today, -event.daysAgo);
    while (isoWeekday(date) > 5) date = addDaysToIsoDate(date, -1);
    const startsAt = siteLocalToInstant(date, '12:00', site.timezone);
    const eventId = await insertEvent(manager, {
      siteId: site.id,
      zoneId: zone.id,
      roomId: null,
      title: event.title,
      description: event.description,
      type: event.type,
      themes: event.themes,
      date,
      startsAt,
      endsAt: siteLocalToInstant(date, '14:00', site.timezone),
      capacity: 30,
      visioUrl: null,
      audience: 'agents',
      proposedByUserId: hostId,
      createdAt: new Date(startsAt.getTime() - 20 * 24 * 3600_000),
    });
    await setEventDecision(manager, eventId, {
      status: 'approved',
      reason: null,
      by: hostId,
      at: new Date(startsAt.getTime() - 19 * 24 * 3600_000),
    });
    if (event.archive) {
      await replaceArchive(manager, eventId, {
        ...event.archive,
        themes: event.themes,
        by: hostId,
        at: new Date(startsAt.getTime() + 24 * 3600_000),
      });
    }
  }
}
