import { Injectable, NotFoundException } from '@nestjs/common';
import {
  type AssignDesk,
  type DeskAssignment,
  type SitePerson,
  type SiteRules,
} from '@admz/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import type { Queryable } from '../database/typed-query';
import {
  addKeyHolder,
  assignDesk,
  listDeskAssignments,
  listKeyHolders,
  readSiteRules,
  removeKeyHolder,
  upsertSiteRules,
} from './site-rules-queries';
import { findLoggedInPersonByEmail } from '../users/people-queries';

/** A site's booking rules, its key holders (extended hours) and its blocked desks. */
@Injectable()
export class SiteRulesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private get db(): Queryable {
    return this.dataSource.manager;
  }

  async getRules(siteId: string): Promise<SiteRules> {
    const rules = await readSiteRules(this.db, siteId);
    if (!rules) throw new NotFoundException("Ce site n'existe pas.");
    return rules;
  }

  async updateRules(siteId: string, input: SiteRules): Promise<SiteRules> {
    await this.getRules(siteId);
    await upsertSiteRules(this.db, siteId, input, this.clock.now());
    return this.getRules(siteId);
  }

  async listKeyHolders(siteId: string): Promise<SitePerson[]> {
    await this.getRules(siteId);
    return listKeyHolders(this.db, siteId);
  }

  async addKeyHolder(siteId: string, email: string): Promise<SitePerson[]> {
    await this.getRules(siteId);
    const person = await this.findPersonByEmail(email);
    await addKeyHolder(this.db, siteId, person.userId);
    return this.listKeyHolders(siteId);
  }

  async removeKeyHolder(siteId: string, userId: string): Promise<SitePerson[]> {
    if (!(await removeKeyHolder(this.db, siteId, userId)))
      throw new NotFoundException("Cette personne n'est pas détentrice d'une clé de ce site.");
    return this.listKeyHolders(siteId);
  }

  async listDeskAssignments(siteId: string): Promise<DeskAssignment[]> {
    await this.getRules(siteId);
    return listDeskAssignments(this.db, siteId);
  }

  async assignDesk(siteId: string, deskId: string, input: AssignDesk): Promise<DeskAssignment[]> {
    const person = input.email === null ? null : await this.findPersonByEmail(input.email);
    if (!(await assignDesk(this.db, siteId, deskId, person?.userId ?? null)))
      throw new NotFoundException("Ce poste n'existe pas sur ce site.");
    return this.listDeskAssignments(siteId);
  }

  /**
   * People are known once they have logged in with ProConnect themselves (a seeded row without
   * a login is not); the answer carries names and e-mail only, and routes using it are the
   * site's hosts' (or an admin's).
   */
  private async findPersonByEmail(email: string): Promise<SitePerson> {
    const person = await findLoggedInPersonByEmail(this.db, email);
    if (!person) {
      throw new NotFoundException(
        `Aucun agent ne s'est encore connecté à AdmZ avec l'adresse ${email} : ` +
          `demandez-lui de se connecter une première fois.`,
      );
    }
    return person;
  }
}
