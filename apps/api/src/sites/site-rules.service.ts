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
  readDeskAssignment,
  readSiteRules,
  removeKeyHolder,
  upsertSiteRules,
} from './site-rules-queries';
import { findLoggedInPersonByEmail } from '../users/people-queries';
import { auditActorOf, insertAuditEvent } from '../audit/audit-queries';
import type { User } from '../users/user.entity';

const personName = (person: SitePerson) => `${person.givenName} ${person.usualName}`.trim();

/**
 * A site's booking rules, its key holders (extended hours) and its blocked desks. Each change is
 * written with its audit entry in one transaction.
 */
@Injectable()
export class SiteRulesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private get db(): Queryable {
    return this.dataSource.manager;
  }

  async getRules(siteId: string, db = this.db): Promise<SiteRules> {
    const rules = await readSiteRules(db, siteId);
    if (!rules) throw new NotFoundException("Ce site n'existe pas.");
    return rules;
  }

  async updateRules(actor: User, siteId: string, input: SiteRules): Promise<SiteRules> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.getRules(siteId, manager);
      const now = this.clock.now();
      await upsertSiteRules(manager, siteId, input, now);
      const after = await this.getRules(siteId, manager);
      await insertAuditEvent(manager, {
        at: now,
        kind: 'rules.updated',
        actor: auditActorOf(actor),
        siteId,
        subject: 'Règles de réservation',
        before,
        after,
      });
      return after;
    });
  }

  async listKeyHolders(siteId: string): Promise<SitePerson[]> {
    await this.getRules(siteId);
    return listKeyHolders(this.db, siteId);
  }

  async addKeyHolder(actor: User, siteId: string, email: string): Promise<SitePerson[]> {
    await this.getRules(siteId);
    const person = await this.findPersonByEmail(email);
    await this.dataSource.transaction(async (manager) => {
      await addKeyHolder(manager, siteId, person.userId);
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'key-holder.added',
        actor: auditActorOf(actor),
        siteId,
        subject: personName(person),
        after: person,
      });
    });
    return this.listKeyHolders(siteId);
  }

  async removeKeyHolder(actor: User, siteId: string, userId: string): Promise<SitePerson[]> {
    await this.dataSource.transaction(async (manager) => {
      const person = (await listKeyHolders(manager, siteId)).find(
        (holder) => holder.userId === userId,
      );
      if (!person || !(await removeKeyHolder(manager, siteId, userId)))
        throw new NotFoundException("Cette personne n'est pas détentrice d'une clé de ce site.");
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'key-holder.removed',
        actor: auditActorOf(actor),
        siteId,
        subject: personName(person),
        before: person,
      });
    });
    return this.listKeyHolders(siteId);
  }

  async listDeskAssignments(siteId: string): Promise<DeskAssignment[]> {
    await this.getRules(siteId);
    return listDeskAssignments(this.db, siteId);
  }

  async assignDesk(
    actor: User,
    siteId: string,
    deskId: string,
    input: AssignDesk,
  ): Promise<DeskAssignment[]> {
    const person = input.email === null ? null : await this.findPersonByEmail(input.email);
    await this.dataSource.transaction(async (manager) => {
      const before = await readDeskAssignment(manager, siteId, deskId);
      if (!before || !(await assignDesk(manager, siteId, deskId, person?.userId ?? null)))
        throw new NotFoundException("Ce poste n'existe pas sur ce site.");
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: person ? 'desk.assigned' : 'desk.unassigned',
        actor: auditActorOf(actor),
        siteId,
        subject: before.label,
        before: before.assignee,
        after: person,
      });
    });
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
