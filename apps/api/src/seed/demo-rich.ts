import { createHash, randomBytes, randomInt } from 'node:crypto';
import {
  addDaysToIsoDate,
  holidayRegionSchema,
  isoWeekday,
  shortCodeAlphabet,
  shortCodeLength,
  siteLocalToInstant,
  siteToday,
} from '@admz/shared';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { hashToken } from '../auth/sessions.service';
import { column, queryRows } from '../database/typed-query';
import { publicHolidayOn } from '../sites/public-holidays';
import type { Site } from '../sites/site.entity';

/**
 * The richer demo (`SEED_DEMO_RICH`, on by default with `npm start`, off in the tests): what a
 * newcomer needs to see every page alive at first start —
 * - a plan for every zone of Paris, its desks pinned on it;
 * - made-up agents of several administrations (users that cannot log in: no identity provider
 *   knows them), with eight weeks of past bookings, checked in and out or absent, for the
 *   statistics' curves;
 * - a full day at Paris (every desk taken) with people on its waiting list;
 * - a guest invited for today, approved.
 * Drawn from a fixed seed, so every first start shows the same demo. Seeded once, with the rest
 * of the demo, into an empty database: a second start adds nothing.
 */
export async function seedRichDemo(
  manager: EntityManager,
  paris: Site,
  closesAt: string,
  hostUserId: string,
  now: Date,
): Promise<void> {
  const random = seededRandom(20270309);
  const codes = new ShortCodes();
  await seedZonePlans(manager, paris, now);
  const people = await seedPeople(manager);
  const desks = await queryRows(
    manager,
    z.object({ id: column.id }),
    `SELECT id FROM desks WHERE site_id = $1 AND is_active ORDER BY zone, label`,
    [paris.id],
  );
  const today = siteToday(paris.timezone, now);
  const bookings: BookingRow[] = [];
  // Read back: the column's default is the database's, not the entity's.
  const [{ region } = { region: 'FR' as const }] = await queryRows(
    manager,
    z.object({ region: holidayRegionSchema }),
    `SELECT holiday_region AS region FROM sites WHERE id = $1`,
    [paris.id],
  );
  const isClosed = (date: string) => isoWeekday(date) > 5 || publicHolidayOn(region, date) !== null;

  // Eight weeks of past open weekdays (public holidays closed): busier on Tuesdays and Thursdays, and growing week after week.
  const busyness: Record<number, number> = { 1: 0.45, 2: 0.8, 3: 0.55, 4: 0.85, 5: 0.3 };
  for (let daysAgo = 56; daysAgo >= 1; daysAgo -= 1) {
    const date = addDaysToIsoDate(today, -daysAgo);
    const weekday = isoWeekday(date);
    if (isClosed(date)) continue;
    const growth = 0.7 + (0.3 * (56 - daysAgo)) / 56;
    const count = Math.min(
      desks.length,
      people.length,
      Math.round(desks.length * (busyness[weekday] ?? 0.5) * growth * (0.9 + random() * 0.2)),
    );
    const visitors = shuffle(people, random).slice(0, count);
    for (const [index, person] of visitors.entries()) {
      const desk = desks[index];
      if (!desk) break;
      const draw = random();
      const slot = draw < 0.75 ? 'day' : draw < 0.87 ? 'morning' : 'afternoon';
      const startsAt = siteLocalToInstant(
        date,
        slot === 'afternoon' ? '13:00' : '09:00',
        'Europe/Paris',
      );
      const endsAt = siteLocalToInstant(
        date,
        slot === 'morning' ? '13:00' : closesAt,
        'Europe/Paris',
      );
      const isAbsent = random() < 0.12;
      bookings.push({
        desk_id: desk.id,
        user_id: person.id,
        slot,
        local_date: date,
        starts_at: startsAt.toISOString(),
        ends_at: endsAt.toISOString(),
        status: isAbsent ? 'absent' : 'checked_out',
        short_code: codes.next(),
        checked_in_at: isAbsent ? null : minutesAfter(startsAt, Math.floor(random() * 50)),
        checked_out_at: isAbsent ? null : minutesAfter(endsAt, -Math.floor(random() * 60)),
        created_at: minutesAfter(startsAt, -60 * 24 * (1 + Math.floor(random() * 10))),
        organization_label: person.organizationLabel,
      });
    }
  }

  // A full day, the first weekday after tomorrow: every free desk taken, four people waiting.
  let fullDay = addDaysToIsoDate(today, 2);
  while (isClosed(fullDay)) {
    fullDay = addDaysToIsoDate(fullDay, 1);
  }
  const freeDesks = await queryRows(
    manager,
    z.object({ id: column.id }),
    `SELECT d.id FROM desks d
     WHERE d.site_id = $1 AND d.is_active
       AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.desk_id = d.id AND b.local_date = $2
                       AND b.status IN ('confirmed', 'checked_in'))
     ORDER BY d.zone, d.label`,
    [paris.id, fullDay],
  );
  const dayStart = siteLocalToInstant(fullDay, '09:00', paris.timezone);
  const dayEnd = siteLocalToInstant(fullDay, closesAt, paris.timezone);
  const [booked, waiting] = [people.slice(0, freeDesks.length), people.slice(freeDesks.length)];
  for (const [index, person] of booked.entries()) {
    const desk = freeDesks[index];
    if (!desk) break;
    bookings.push({
      desk_id: desk.id,
      user_id: person.id,
      slot: 'day',
      local_date: fullDay,
      starts_at: dayStart.toISOString(),
      ends_at: dayEnd.toISOString(),
      status: 'confirmed',
      short_code: codes.next(),
      checked_in_at: null,
      checked_out_at: null,
      created_at: minutesAfter(now, -60 * 24 * (1 + (index % 6))),
      organization_label: person.organizationLabel,
    });
  }
  await manager.query(
    `INSERT INTO bookings (site_id, desk_id, user_id, slot, local_date, starts_at, ends_at, status,
                           short_code, checked_in_at, checked_out_at, is_walk_in, created_at,
                           organization_label, reminded_at)
     SELECT $1, desk_id, user_id, slot, local_date, starts_at, ends_at, status, short_code,
            checked_in_at, checked_out_at, false, created_at, organization_label, $3
     FROM jsonb_to_recordset($2::jsonb) AS row (
       desk_id uuid, user_id uuid, slot text, local_date date, starts_at timestamptz,
       ends_at timestamptz, status text, short_code text, checked_in_at timestamptz,
       checked_out_at timestamptz, created_at timestamptz, organization_label text)`,
    [paris.id, JSON.stringify(bookings), now],
  );
  for (const [index, person] of waiting.slice(0, 4).entries()) {
    await manager.query(
      `INSERT INTO waitlist_entries (site_id, user_id, local_date, slot, zone, starts_at, ends_at,
                                     status, created_at)
       VALUES ($1, $2, $3, 'day', NULL, $4, $5, 'waiting', $6)`,
      [paris.id, person.id, fullDay, dayStart, dayEnd, minutesAfter(now, -90 + index * 20)],
    );
  }

  // A guest invited for today by the site's host, approved.
  await manager.query(
    `INSERT INTO guest_invitations (site_id, local_date, invited_by_user_id, given_name, usual_name,
                                    email, organisation, reason, status, decided_by_user_id,
                                    decided_at, access_token_hash, short_code, created_at)
     VALUES ($1, $2, $3, 'Claire', 'Fontaine', 'claire.fontaine@example.org',
             'Université de Lille', 'Atelier de co-conception du parcours « aides à la rénovation ».',
             'approved', $3, $4, $5, $6, $4)`,
    [
      paris.id,
      today,
      hostUserId,
      now,
      hashToken(randomBytes(32).toString('base64url')),
      codes.next(),
    ],
  );
}

type BookingRow = {
  desk_id: string;
  user_id: string;
  slot: 'day' | 'morning' | 'afternoon';
  local_date: string;
  starts_at: string;
  ends_at: string;
  status: 'checked_out' | 'absent' | 'confirmed';
  short_code: string;
  checked_in_at: string | null;
  checked_out_at: string | null;
  created_at: string;
  organization_label: string;
};

const administrations = [
  'Direction interministérielle du numérique',
  'Ministère de l’Économie et des Finances',
  'Ministère de l’Intérieur',
  'Ministère de la Culture',
  'Ministère du Travail',
  'Ministère de la Transition écologique',
  'Insee',
  'Caisse nationale d’assurance maladie',
  'Ministère de l’Éducation nationale',
  'Direction générale des Finances publiques',
  'France Travail',
  'Ministère des Armées',
];
const givenNames = [
  'Alice',
  'Bruno',
  'Chloé',
  'David',
  'Emma',
  'Fabien',
  'Gaëlle',
  'Hugo',
  'Inès',
  'Jules',
  'Karima',
  'Louis',
  'Manon',
  'Nicolas',
  'Océane',
  'Pierre',
  'Rachid',
  'Sophie',
  'Théo',
  'Valérie',
  'William',
  'Yasmine',
  'Zoé',
  'Antoine',
];
const usualNames = ['Bernard', 'Petit', 'Robert', 'Richard', 'Durand', 'Leroy', 'Morel', 'Simon'];
/** 40 desks at Paris, and a few more people to wait for one on the full day. */
const peopleCount = 46;

type DemoPerson = { id: string; organizationLabel: string };

async function seedPeople(manager: EntityManager): Promise<DemoPerson[]> {
  const people = Array.from({ length: peopleCount }, (_, index) => ({
    sub: `demo-rich-agent-${String(index + 1).padStart(2, '0')}`,
    given_name: givenNames[index % givenNames.length] ?? 'Alex',
    usual_name: usualNames[(index * 5 + Math.floor(index / 8)) % usualNames.length] ?? 'Martin',
    organization_label: administrations[index % administrations.length] ?? administrations[0],
  }));
  const rows = await queryRows(
    manager,
    z.object({ id: column.id, organization_label: column.text }),
    `INSERT INTO users (sub, given_name, usual_name, email, organization_label, is_admin)
     SELECT sub, given_name, usual_name, sub || '@demo.admz.invalid', organization_label, false
     FROM jsonb_to_recordset($1::jsonb)
       AS person (sub text, given_name text, usual_name text, organization_label text)
     RETURNING id, organization_label`,
    [JSON.stringify(people)],
  );
  return rows.map((row) => ({ id: row.id, organizationLabel: row.organization_label }));
}

/** A clean SVG plan per zone of the site, desks drawn in rows and pinned where they are drawn. */
async function seedZonePlans(manager: EntityManager, site: Site, now: Date): Promise<void> {
  const desks = await queryRows(
    manager,
    z.object({ id: column.id, label: column.text, zone: column.text }),
    `SELECT id, label, zone FROM desks WHERE site_id = $1 ORDER BY zone, label`,
    [site.id],
  );
  const zones = [...new Set(desks.map((desk) => desk.zone))];
  for (const zone of zones) {
    const zoneDesks = desks.filter((desk) => desk.zone === zone);
    const { svg, width, height, positions } = drawZonePlan(
      zone,
      zoneDesks.map((d) => d.label),
    );
    const image = Buffer.from(svg, 'utf8');
    await manager.query(
      `INSERT INTO zone_plans (site_id, zone, image, content_type, width, height, sha256, updated_at)
       VALUES ($1, $2, $3, 'image/svg+xml', $4, $5, $6, $7)`,
      [site.id, zone, image, width, height, createHash('sha256').update(image).digest('hex'), now],
    );
    for (const [index, desk] of zoneDesks.entries()) {
      const position = positions[index];
      if (!position) continue;
      await manager.query(`UPDATE desks SET plan_x = $2, plan_y = $3 WHERE id = $1`, [
        desk.id,
        position.x,
        position.y,
      ]);
    }
  }
}

/** A floor drawn in code: walls, a door, windows, and desks five to a row. */
export function drawZonePlan(
  zone: string,
  labels: string[],
): { svg: string; width: number; height: number; positions: { x: number; y: number }[] } {
  const perRow = 5;
  const rows = Math.max(1, Math.ceil(labels.length / perRow));
  const width = 1000;
  const height = 220 + rows * 150;
  const positions = labels.map((_, index) => {
    const column = index % perRow;
    const row = Math.floor(index / perRow);
    return { x: (140 + column * 180) / width, y: (200 + row * 150) / height };
  });
  const deskShapes = labels
    .map((label, index) => {
      const position = positions[index] ?? { x: 0, y: 0 };
      const cx = position.x * width;
      const cy = position.y * height;
      return `<g><rect x="${cx - 60}" y="${cy - 35}" width="120" height="70" rx="8" fill="#ffffff" stroke="#000091" stroke-width="3"/><circle cx="${cx}" cy="${cy + 52}" r="12" fill="#e3e3fd" stroke="#000091" stroke-width="2"/><text x="${cx}" y="${cy + 8}" font-family="Marianne, Arial, sans-serif" font-size="24" text-anchor="middle" fill="#161616">${escapeXml(label)}</text></g>`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect x="10" y="10" width="${width - 20}" height="${height - 20}" fill="#f6f6f6" stroke="#3a3a3a" stroke-width="8"/><rect x="${width - 200}" y="${height - 18}" width="120" height="16" fill="#ffffff"/><text x="${width - 140}" y="${height - 30}" font-family="Marianne, Arial, sans-serif" font-size="20" text-anchor="middle" fill="#3a3a3a">Entrée</text><line x1="60" y1="14" x2="300" y2="14" stroke="#6a6af4" stroke-width="8"/><line x1="420" y1="14" x2="660" y2="14" stroke="#6a6af4" stroke-width="8"/><text x="40" y="80" font-family="Marianne, Arial, sans-serif" font-size="36" font-weight="bold" fill="#161616">${escapeXml(zone)}</text>${deskShapes}</svg>`;
  return { svg, width, height, positions };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function minutesAfter(instant: Date, minutes: number): string {
  return new Date(instant.getTime() + minutes * 60_000).toISOString();
}

/** mulberry32: the same demo at every first start. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** Typed codes of the demo's bookings and guest: random like real ones (they are secrets), all different. */
class ShortCodes {
  private readonly used = new Set<string>();

  next(): string {
    for (;;) {
      let code = '';
      for (let index = 0; index < shortCodeLength; index += 1) {
        code += shortCodeAlphabet[randomInt(shortCodeAlphabet.length)];
      }
      if (!this.used.has(code)) {
        this.used.add(code);
        return code;
      }
    }
  }
}
