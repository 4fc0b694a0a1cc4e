import { Injectable, NotFoundException } from '@nestjs/common';
import {
  defaultSiteRules,
  type AssignDesk,
  type DeskAssignment,
  type SitePerson,
  type SiteRules,
} from '@admz/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';

type RulesRow = {
  maxDaysAhead: number;
  maxBookingsPerWeek: number | null;
  allowedSlotTypes: SiteRules['allowedSlotTypes'];
  hourlyZones: string[];
  cancellationDeadlineMinutes: number;
  noShowReleaseMinutes: number | null;
};

const personColumns = `u.id AS "userId", u.given_name AS "givenName", u.usual_name AS "usualName", u.email`;

/** The SQL that reads a site's rules, with the defaults for a site that has no row yet. */
export const siteRulesSelect = `
  SELECT coalesce(r.max_days_ahead, ${defaultSiteRules.maxDaysAhead}) AS "maxDaysAhead",
         r.max_bookings_per_week AS "maxBookingsPerWeek",
         coalesce(r.allowed_slot_types, '{${defaultSiteRules.allowedSlotTypes.join(',')}}') AS "allowedSlotTypes",
         coalesce(r.hourly_zones, '{}') AS "hourlyZones",
         coalesce(r.cancellation_deadline_minutes, ${defaultSiteRules.cancellationDeadlineMinutes}) AS "cancellationDeadlineMinutes",
         CASE WHEN r.site_id IS NULL THEN ${defaultSiteRules.noShowReleaseMinutes} ELSE r.no_show_release_minutes END AS "noShowReleaseMinutes"
  FROM sites s LEFT JOIN site_rules r ON r.site_id = s.id WHERE s.id = $1`;

export function toSiteRules(row: RulesRow): SiteRules {
  return {
    maxDaysAhead: row.maxDaysAhead,
    maxBookingsPerWeek: row.maxBookingsPerWeek,
    allowedSlotTypes: row.allowedSlotTypes,
    hourlyZones: row.hourlyZones,
    cancellationDeadlineMinutes: row.cancellationDeadlineMinutes,
    noShowReleaseMinutes: row.noShowReleaseMinutes,
  };
}

/** A site's booking rules, its key holders (extended hours) and its blocked desks. */
@Injectable()
export class SiteRulesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async getRules(siteId: string): Promise<SiteRules> {
    const [row]: RulesRow[] = await this.dataSource.query(siteRulesSelect, [siteId]);
    if (!row) throw new NotFoundException("Ce site n'existe pas.");
    return toSiteRules(row);
  }

  async updateRules(siteId: string, input: SiteRules): Promise<SiteRules> {
    await this.getRules(siteId);
    await this.dataSource.query(
      `INSERT INTO site_rules (site_id, max_days_ahead, max_bookings_per_week, allowed_slot_types,
                               cancellation_deadline_minutes, no_show_release_minutes, hourly_zones, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (site_id) DO UPDATE SET max_days_ahead = $2, max_bookings_per_week = $3,
         allowed_slot_types = $4, cancellation_deadline_minutes = $5, no_show_release_minutes = $6,
         hourly_zones = $7, updated_at = $8`,
      [
        siteId,
        input.maxDaysAhead,
        input.maxBookingsPerWeek,
        input.allowedSlotTypes,
        input.cancellationDeadlineMinutes,
        input.noShowReleaseMinutes,
        [...new Set(input.hourlyZones)],
        this.clock.now(),
      ],
    );
    return this.getRules(siteId);
  }

  async listKeyHolders(siteId: string): Promise<SitePerson[]> {
    await this.getRules(siteId);
    return this.dataSource.query(
      `SELECT ${personColumns} FROM site_roles r JOIN users u ON u.id = r.user_id
       WHERE r.site_id = $1 AND r.role = 'key_holder' ORDER BY u.usual_name, u.given_name`,
      [siteId],
    );
  }

  async addKeyHolder(siteId: string, email: string): Promise<SitePerson[]> {
    await this.getRules(siteId);
    const person = await this.findPersonByEmail(email);
    await this.dataSource.query(
      `INSERT INTO site_roles (user_id, site_id, role) VALUES ($1, $2, 'key_holder') ON CONFLICT DO NOTHING`,
      [person.userId, siteId],
    );
    return this.listKeyHolders(siteId);
  }

  async removeKeyHolder(siteId: string, userId: string): Promise<SitePerson[]> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM site_roles WHERE site_id = $1 AND user_id = $2 AND role = 'key_holder'`,
      [siteId, userId],
    );
    if (!affected)
      throw new NotFoundException("Cette personne n'est pas détentrice d'une clé de ce site.");
    return this.listKeyHolders(siteId);
  }

  async listDeskAssignments(siteId: string): Promise<DeskAssignment[]> {
    await this.getRules(siteId);
    const rows: (Omit<DeskAssignment, 'assignee'> &
      Partial<SitePerson> & { userId: string | null })[] = await this.dataSource.query(
      `SELECT d.id AS "deskId", d.label, d.zone, ${personColumns}
         FROM desks d LEFT JOIN users u ON u.id = d.assigned_user_id
         WHERE d.site_id = $1 AND d.is_active ORDER BY d.zone, d.label`,
      [siteId],
    );
    return rows.map((row) => ({
      deskId: row.deskId,
      label: row.label,
      zone: row.zone,
      assignee: row.userId
        ? {
            userId: row.userId,
            givenName: row.givenName!,
            usualName: row.usualName!,
            email: row.email!,
          }
        : null,
    }));
  }

  async assignDesk(siteId: string, deskId: string, input: AssignDesk): Promise<DeskAssignment[]> {
    const person = input.email === null ? null : await this.findPersonByEmail(input.email);
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE desks SET assigned_user_id = $3 WHERE id = $1 AND site_id = $2`,
      [deskId, siteId, person?.userId ?? null],
    );
    if (!affected) throw new NotFoundException("Ce poste n'existe pas sur ce site.");
    return this.listDeskAssignments(siteId);
  }

  /**
   * People are known once they have logged in with ProConnect themselves (a seeded row without
   * a login is not); the answer carries names and e-mail only, and routes using it are the
   * site's hosts' (or an admin's).
   */
  private async findPersonByEmail(email: string): Promise<SitePerson> {
    const [person]: SitePerson[] = await this.dataSource.query(
      `SELECT ${personColumns} FROM users u
       WHERE lower(u.email) = lower($1) AND u.last_login_at IS NOT NULL
       ORDER BY u.last_login_at DESC LIMIT 1`,
      [email],
    );
    if (!person) {
      throw new NotFoundException(
        `Aucun agent ne s'est encore connecté à AdmZ avec l'adresse ${email} : ` +
          `demandez-lui de se connecter une première fois.`,
      );
    }
    return person;
  }
}
