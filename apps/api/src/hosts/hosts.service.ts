import { Injectable, NotFoundException } from '@nestjs/common';
import type { SiteHosts, SitePerson } from '@admz/shared';
import { DataSource } from 'typeorm';
import { auditActorOf, insertAuditEvent } from '../audit/audit-queries';
import { Clock } from '../common/clock';
import type { Queryable } from '../database/typed-query';
import { SitesService } from '../sites/sites.service';
import type { User } from '../users/user.entity';
import {
  addHost,
  addHostInvitation,
  listHostInvitations,
  listHosts,
  removeHost,
  removeHostInvitation,
  searchPeople,
} from './host-queries';
import { findLoggedInPersonByEmail } from '../users/people-queries';

const nameOf = (person: { givenName: string; usualName: string }) =>
  `${person.givenName} ${person.usualName}`.trim();

/**
 * Who runs a site, decided by admins: a person who has logged in is made host at once; an
 * address nobody has logged in with yet waits as an invitation, turned into the role at that
 * person's first login. Every change is written to the audit log in its own transaction.
 */
@Injectable()
export class HostsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sites: SitesService,
    private readonly clock: Clock,
  ) {}

  async listSiteHosts(siteId: string): Promise<SiteHosts> {
    await this.sites.getSite(siteId);
    return this.readSiteHosts(this.dataSource.manager, siteId);
  }

  searchPeople(query: string): Promise<SitePerson[]> {
    return searchPeople(this.dataSource.manager, query);
  }

  async appointHost(actor: User, siteId: string, email: string): Promise<SiteHosts> {
    await this.sites.getSite(siteId);
    await this.dataSource.transaction(async (manager) => {
      const at = this.clock.now();
      const person = await findLoggedInPersonByEmail(manager, email);
      if (person) {
        if (await addHost(manager, siteId, person.userId)) {
          await insertAuditEvent(manager, {
            at,
            kind: 'host.appointed',
            actor: auditActorOf(actor),
            siteId,
            subject: `${nameOf(person)} <${person.email}>`,
            after: { role: 'host', userId: person.userId },
          });
        }
        return;
      }
      const invitation = { siteId, email, invitedBy: actor.id, createdAt: at };
      if (await addHostInvitation(manager, invitation)) {
        await insertAuditEvent(manager, {
          at,
          kind: 'host.invited',
          actor: auditActorOf(actor),
          siteId,
          subject: email,
          after: { role: 'host', email },
        });
      }
    });
    return this.listSiteHosts(siteId);
  }

  async removeHost(actor: User, siteId: string, userId: string): Promise<SiteHosts> {
    await this.sites.getSite(siteId);
    await this.dataSource.transaction(async (manager) => {
      const person = (await listHosts(manager, siteId)).find((host) => host.userId === userId);
      if (!person || !(await removeHost(manager, siteId, userId))) {
        throw new NotFoundException("Cette personne n'est pas gestionnaire de ce site.");
      }
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'host.removed',
        actor: auditActorOf(actor),
        siteId,
        subject: `${nameOf(person)} <${person.email}>`,
        before: { role: 'host', userId },
      });
    });
    return this.listSiteHosts(siteId);
  }

  async cancelInvitation(actor: User, siteId: string, invitationId: string): Promise<SiteHosts> {
    await this.sites.getSite(siteId);
    await this.dataSource.transaction(async (manager) => {
      const email = await removeHostInvitation(manager, siteId, invitationId);
      if (email === undefined) {
        throw new NotFoundException("Cette invitation n'existe pas (ou a déjà été acceptée).");
      }
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'host.invitation-cancelled',
        actor: auditActorOf(actor),
        siteId,
        subject: email,
        before: { role: 'host', email },
      });
    });
    return this.listSiteHosts(siteId);
  }

  private async readSiteHosts(db: Queryable, siteId: string): Promise<SiteHosts> {
    const [hosts, invitations] = await Promise.all([
      listHosts(db, siteId),
      listHostInvitations(db, siteId),
    ]);
    return { hosts, invitations };
  }
}
