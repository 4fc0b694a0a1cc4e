import { randomInt } from 'node:crypto';
import {
  addDaysToIsoDate,
  shortCodeAlphabet,
  shortCodeLength,
  siteLocalToInstant,
  siteToday,
} from '@admz/shared';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { column, queryOneRow } from '../database/typed-query';
import type { Site } from '../sites/site.entity';

/** People of the demo who opted in to « Qui est là ? »; the demo's own accounts stay opted out. */
const demoPeople = [
  {
    sub: 'demo-presence-sarah-0101',
    givenName: 'Sarah',
    usualName: 'Lambert',
    organizationLabel: 'Direction interministérielle du numérique',
    workSummary: 'J’ouvre les données des démarches en ligne et j’outille leur suivi.',
    skillTags: ['données', 'IA', 'Python'],
  },
  {
    sub: 'demo-presence-mehdi-0102',
    givenName: 'Mehdi',
    usualName: 'Haddad',
    organizationLabel: 'Direction des achats de l’État',
    workSummary: 'Je simplifie les marchés numériques des ministères.',
    skillTags: ['achats publics', 'marchés numériques'],
  },
  {
    sub: 'demo-presence-julie-0103',
    givenName: 'Julie',
    usualName: 'Moreau',
    organizationLabel: 'Ministère de la Transition écologique',
    workSummary: 'Je conçois avec les usagers le parcours de demande d’aides à la rénovation.',
    skillTags: ['design', 'accessibilité'],
  },
  {
    sub: 'demo-presence-thomas-0104',
    givenName: 'Thomas',
    usualName: 'Nguyen',
    organizationLabel: 'Insee',
    workSummary: 'Je prépare la diffusion des statistiques locales de l’emploi.',
    skillTags: ['données', 'statistiques', 'IA'],
  },
];

const zone = 'Espace calme';

function shortCode(): string {
  let code = '';
  for (let index = 0; index < shortCodeLength; index += 1) {
    code += shortCodeAlphabet[randomInt(shortCodeAlphabet.length)];
  }
  return code;
}

/**
 * A few people visible at the site today and tomorrow, in one zone, so that « Qui est là ? »
 * shows something at first start. Today's are checked in (the no-show release would otherwise
 * free them half an hour after opening); all count as reminded, so no mail goes to made-up people.
 */
export async function seedDemoPresence(
  manager: EntityManager,
  site: Site,
  closesAt: string,
  now: Date,
): Promise<void> {
  const today = siteToday(site.timezone, now);
  for (const [index, person] of demoPeople.entries()) {
    const { id: userId } = await queryOneRow(
      manager,
      z.object({ id: column.id }),
      `INSERT INTO users (sub, given_name, usual_name, email, organization_label, is_admin)
       VALUES ($1, $2, $3, $4, $5, false) RETURNING id`,
      [
        person.sub,
        person.givenName,
        person.usualName,
        `${person.sub}@demo.admz.invalid`,
        person.organizationLabel,
      ],
    );
    await manager.query(
      `INSERT INTO presence_profiles (user_id, is_visible, work_summary, skill_tags, updated_at)
       VALUES ($1, true, $2, $3::text[], $4)`,
      [userId, person.workSummary, person.skillTags, now],
    );
    const { id: deskId } = await queryOneRow(
      manager,
      z.object({ id: column.id }),
      `SELECT id FROM desks WHERE site_id = $1 AND zone = $2 ORDER BY label OFFSET $3 LIMIT 1`,
      [site.id, zone, index],
    );
    for (const date of [today, addDaysToIsoDate(today, 1)]) {
      const isToday = date === today;
      await manager.query(
        `INSERT INTO bookings (site_id, desk_id, user_id, slot, local_date, starts_at, ends_at,
                               status, short_code, checked_in_at, is_walk_in, created_at,
                               organization_label, reminded_at)
         VALUES ($1, $2, $3, 'day', $4, $5, $6, $7, $8, $9, false, $10, $11, $10)`,
        [
          site.id,
          deskId,
          userId,
          date,
          siteLocalToInstant(date, '09:00', site.timezone),
          siteLocalToInstant(date, closesAt, site.timezone),
          isToday ? 'checked_in' : 'confirmed',
          shortCode(),
          isToday ? now : null,
          now,
          person.organizationLabel,
        ],
      );
    }
  }
}
