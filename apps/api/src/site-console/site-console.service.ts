import {
  ConflictException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import {
  bulkDeskLabels,
  type BulkCreateDesks,
  type CreateZone,
  type DeactivateDesks,
  type Desk,
  type DeskDeactivation,
  type ReactivateDesks,
  type ReorderZones,
  type UpdateZone,
  type ZoneSummary,
} from '@admz/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { auditActorOf, insertAuditEvent } from '../audit/audit-queries';
import { Clock } from '../common/clock';
import { toHttpException } from '../database/database-errors';
import { FloorPlansService } from '../floor-plans/floor-plans.service';
import { toDesk } from '../sites/desk-activation-queries';
import { DeskActivationService } from '../sites/desk-activation.service';
import { SitesService } from '../sites/sites.service';
import type { User } from '../users/user.entity';
import {
  deleteZone,
  findExistingLabels,
  hourlyZonesOf,
  insertDesks,
  insertZone,
  listDesksOfZone,
  lockZonesOfSite,
  renameZone,
  setZoneOrder,
  zoneHasPlan,
  type ZoneRow,
} from './site-console-queries';

/** « et 3 autres »: a list a person reads in one sentence. */
function listLabels(labels: string[], shown = 10): string {
  const head = labels.slice(0, shown).join(', ');
  const rest = labels.length - shown;
  return rest > 0 ? `${head} et ${rest} autre${rest > 1 ? 's' : ''}` : head;
}

/**
 * The site console of a site's hosts: its zones (created, renamed, ordered, deleted), desks
 * added in series, and desks taken out of booking or given back. Each change and its audit rows
 * commit together, or neither.
 */
@Injectable()
export class SiteConsoleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sites: SitesService,
    private readonly plans: FloorPlansService,
    private readonly deskActivation: DeskActivationService,
    private readonly clock: Clock,
  ) {}

  async createZone(actor: User, siteId: string, input: CreateZone): Promise<ZoneSummary[]> {
    await this.sites.getSite(siteId);
    await this.inTransaction(async (manager) => {
      const zones = await lockZonesOfSite(manager, siteId);
      this.assertNameFree(zones, input.name);
      const zone = await insertZone(manager, {
        siteId,
        name: input.name,
        createdAt: this.clock.now(),
      });
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'zone.created',
        actor: auditActorOf(actor),
        siteId,
        subject: zone.name,
        after: { name: zone.name, position: zone.position },
      });
    });
    return this.plans.listZones(siteId);
  }

  async updateZone(
    actor: User,
    siteId: string,
    zoneId: string,
    input: UpdateZone,
  ): Promise<ZoneSummary[]> {
    await this.sites.getSite(siteId);
    await this.inTransaction(async (manager) => {
      const zones = await lockZonesOfSite(manager, siteId);
      const zone = this.findZone(zones, zoneId);
      const at = this.clock.now();
      let current = zones;
      if (input.name !== undefined && input.name !== zone.name) {
        this.assertNameFree(zones, input.name);
        const name = input.name;
        current = zones.map((candidate) =>
          candidate.id === zone.id ? { ...candidate, name } : candidate,
        );
        await renameZone(manager, { siteId, id: zone.id, from: zone.name, to: input.name });
        await insertAuditEvent(manager, {
          at,
          kind: 'zone.renamed',
          actor: auditActorOf(actor),
          siteId,
          subject: input.name,
          before: { name: zone.name },
          after: { name: input.name },
        });
      }
      if (input.position !== undefined) {
        const moved = current.find((candidate) => candidate.id === zone.id) ?? zone;
        const others = current.filter((candidate) => candidate.id !== zone.id);
        const index = Math.min(input.position, current.length) - 1;
        const order = [...others.slice(0, index), moved, ...others.slice(index)];
        await this.writeOrder(manager, actor, siteId, current, order, moved.name);
      }
    });
    return this.plans.listZones(siteId);
  }

  async reorderZones(actor: User, siteId: string, input: ReorderZones): Promise<ZoneSummary[]> {
    await this.sites.getSite(siteId);
    await this.inTransaction(async (manager) => {
      const zones = await lockZonesOfSite(manager, siteId);
      const byId = new Map(zones.map((zone) => [zone.id, zone]));
      const order = input.zoneIds.flatMap((id) => byId.get(id) ?? []);
      if (order.length !== input.zoneIds.length || order.length !== zones.length) {
        throw new UnprocessableEntityException(
          `zoneIds doit nommer chacune des ${zones.length} zones du site, une fois chacune ` +
            '(la liste a peut-être changé : rechargez la page).',
        );
      }
      await this.writeOrder(manager, actor, siteId, zones, order, 'Ordre des zones');
    });
    return this.plans.listZones(siteId);
  }

  async deleteZone(actor: User, siteId: string, zoneId: string): Promise<ZoneSummary[]> {
    await this.sites.getSite(siteId);
    await this.inTransaction(async (manager) => {
      const zones = await lockZonesOfSite(manager, siteId);
      const zone = this.findZone(zones, zoneId);
      const desks = await listDesksOfZone(manager, siteId, zone.name);
      const active = desks.filter((desk) => desk.is_active).map((desk) => desk.label);
      if (active.length > 0) {
        throw new ConflictException(
          `La zone « ${zone.name} » a encore ${active.length} poste${active.length > 1 ? 's' : ''} ` +
            `actif${active.length > 1 ? 's' : ''} (${listLabels(active)}) : désactivez-les ou ` +
            'déplacez-les dans une autre zone avant de la supprimer.',
        );
      }
      if (desks.length > 0) {
        throw new ConflictException(
          `La zone « ${zone.name} » garde ${desks.length} poste${desks.length > 1 ? 's' : ''} ` +
            `désactivé${desks.length > 1 ? 's' : ''} (${listLabels(desks.map((desk) => desk.label))}), ` +
            'avec leur historique de réservations : déplacez-les dans une autre zone avant de la supprimer.',
        );
      }
      const hourlyZones = await hourlyZonesOf(manager, siteId);
      if (hourlyZones.length === 1 && hourlyZones[0] === zone.name) {
        throw new ConflictException(
          `La zone « ${zone.name} » est la seule où le site propose la réservation à l'heure : ` +
            'choisissez d’autres zones dans les règles du site avant de la supprimer.',
        );
      }
      const hasPlan = await zoneHasPlan(manager, siteId, zone.name);
      await deleteZone(manager, { siteId, id: zone.id, name: zone.name });
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'zone.deleted',
        actor: auditActorOf(actor),
        siteId,
        subject: zone.name,
        before: { name: zone.name, position: zone.position, hasPlan },
      });
    });
    return this.plans.listZones(siteId);
  }

  async bulkCreateDesks(actor: User, siteId: string, input: BulkCreateDesks): Promise<Desk[]> {
    await this.sites.getSite(siteId);
    const labels = bulkDeskLabels(input);
    return this.inTransaction(async (manager) => {
      const zones = await lockZonesOfSite(manager, siteId);
      const existing = await findExistingLabels(manager, siteId, labels);
      if (existing.length > 0) {
        throw new ConflictException({
          message:
            `${existing.length > 1 ? 'Ces libellés existent' : 'Ce libellé existe'} déjà sur ce site : ` +
            `${listLabels(existing)}. Aucun poste n'a été créé : choisissez d'autres numéros ou un autre préfixe.`,
          existingLabels: existing,
        });
      }
      const at = this.clock.now();
      if (!zones.some((zone) => zone.name === input.zone)) {
        const zone = await insertZone(manager, { siteId, name: input.zone, createdAt: at });
        await insertAuditEvent(manager, {
          at,
          kind: 'zone.created',
          actor: auditActorOf(actor),
          siteId,
          subject: zone.name,
          after: { name: zone.name, position: zone.position },
        });
      }
      const desks = (
        await insertDesks(manager, {
          siteId,
          labels,
          zone: input.zone,
          attributes: input.attributes,
        })
      ).map(toDesk);
      await insertAuditEvent(manager, {
        at,
        kind: 'desks.bulk-created',
        actor: auditActorOf(actor),
        siteId,
        subject: `${labels.length} poste${labels.length > 1 ? 's' : ''} : ${labels[0]} à ${labels.at(-1)} (${input.zone})`,
        after: {
          zone: input.zone,
          attributes: input.attributes,
          labels,
          deskIds: desks.map((desk) => desk.id),
        },
      });
      return desks;
    });
  }

  async deactivateDesks(
    actor: User,
    siteId: string,
    input: DeactivateDesks,
  ): Promise<DeskDeactivation> {
    await this.sites.getSite(siteId);
    return this.inTransaction((manager) =>
      this.deskActivation.deactivate(manager, actor, siteId, input.deskIds, input.confirm),
    );
  }

  async reactivateDesks(actor: User, siteId: string, input: ReactivateDesks): Promise<Desk[]> {
    await this.sites.getSite(siteId);
    return this.inTransaction((manager) =>
      this.deskActivation.reactivate(manager, actor, siteId, input.deskIds),
    );
  }

  /** Numbers the zones in `order`, and records it when it changed. */
  private async writeOrder(
    manager: EntityManager,
    actor: User,
    siteId: string,
    before: ZoneRow[],
    order: ZoneRow[],
    subject: string,
  ): Promise<void> {
    const isSame =
      order.every((zone, index) => zone.id === before[index]?.id) &&
      before.every((zone, index) => zone.position === index + 1);
    if (isSame) return;
    await setZoneOrder(
      manager,
      siteId,
      order.map((zone) => zone.id),
    );
    const names = (zones: ZoneRow[]) => zones.map((zone) => zone.name);
    await insertAuditEvent(manager, {
      at: this.clock.now(),
      kind: 'zone.reordered',
      actor: auditActorOf(actor),
      siteId,
      subject,
      before: { order: names(before) },
      after: { order: names(order) },
    });
  }

  private findZone(zones: ZoneRow[], zoneId: string): ZoneRow {
    const zone = zones.find((candidate) => candidate.id === zoneId);
    if (!zone) throw new NotFoundException("Cette zone n'existe pas sur ce site.");
    return zone;
  }

  private assertNameFree(zones: ZoneRow[], name: string): void {
    if (zones.some((zone) => zone.name === name)) {
      throw new ConflictException(`Une zone « ${name} » existe déjà sur ce site.`);
    }
  }

  /** A transaction whose database refusals (a label taken meanwhile…) become sentences. */
  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw toHttpException(error) ?? error;
    }
  }
}
