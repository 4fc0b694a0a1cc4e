import { createHash } from 'node:crypto';
import {
  BadRequestException,
  Injectable,
  NotFoundException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  zonePlanContentTypes,
  type Desk as DeskResponse,
  type SetPlanPosition,
  type UploadedZonePlan,
  type ZonePlanContentType,
  type ZoneSummary,
} from '@admz/shared';
import { Repository, type EntityManager } from 'typeorm';
import { auditActorOf, insertAuditEvent } from '../audit/audit-queries';
import type { User } from '../users/user.entity';
import { Desk } from '../sites/desk.entity';
import { Site } from '../sites/site.entity';
import { toDeskResponse } from '../sites/sites.service';
import { inspectPlanImage } from './plan-image';
import { ZonePlanRow } from './zone-plan.entity';
import { Clock } from '../common/clock';
import { z } from 'zod';
import { column, queryOneRow, queryRows } from '../database/typed-query';

export type ServedPlan = { image: Buffer; contentType: ZonePlanContentType; etag: string };

const zoneRow = z.object({
  id: column.id,
  position: column.integer,
  zone: column.text,
  deskCount: column.integer,
  placedDeskCount: column.integer,
});
type ZoneRow = z.output<typeof zoneRow>;
/** A zone of `zones z`, with the count of its active desks and of those placed on its plan. */
const zoneSummaryColumns = `z.id, z.position, z.name AS zone,
  (SELECT count(*)::int FROM desks d WHERE d.site_id = z.site_id AND d.zone = z.name AND d.is_active) AS "deskCount",
  (SELECT count(d.plan_x)::int FROM desks d WHERE d.site_id = z.site_id AND d.zone = z.name AND d.is_active) AS "placedDeskCount"`;
const planMetaRow = z.object({
  siteId: column.id,
  zone: column.text,
  contentType: z.enum(['image/svg+xml', 'image/png']),
  width: z.number(),
  height: z.number(),
  sha256: column.text,
  updatedAt: column.instant,
  sizeBytes: column.integer,
});
type PlanMeta = z.output<typeof planMetaRow>;

export function zonePlanUrl(siteId: string, zone: string, sha256: string): string {
  return `/api/sites/${siteId}/zones/${encodeURIComponent(zone)}/plan?v=${sha256.slice(0, 16)}`;
}

@Injectable()
export class FloorPlansService {
  constructor(
    @InjectRepository(ZonePlanRow) private readonly plans: Repository<ZonePlanRow>,
    @InjectRepository(Desk) private readonly desks: Repository<Desk>,
    @InjectRepository(Site) private readonly sites: Repository<Site>,
    private readonly clock: Clock,
  ) {}

  async listZones(siteId: string): Promise<ZoneSummary[]> {
    await this.assertSiteExists(siteId);
    const [zones, plans] = await Promise.all([
      queryRows(
        this.desks.manager,
        zoneRow,
        `SELECT ${zoneSummaryColumns} FROM zones z WHERE z.site_id = $1 ORDER BY z.position, z.name`,
        [siteId],
      ),
      this.loadPlanMetas(siteId),
    ]);
    return zones.map((zone) => this.toZoneSummary(siteId, zone, plans.get(zone.zone)));
  }

  async uploadPlan(
    actor: User,
    siteId: string,
    zone: string,
    contentTypeHeader: string | undefined,
    body: unknown,
  ): Promise<UploadedZonePlan> {
    const contentType = parseContentType(contentTypeHeader);
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new BadRequestException(
        "Le plan est vide : envoyez le fichier de l'image (SVG ou PNG).",
      );
    }
    await this.assertZoneExists(siteId, zone);
    const inspected = inspectPlanImage(body, contentType);
    const now = this.clock.now();
    await this.plans.manager.transaction(async (manager) => {
      const before = await this.readPlanMeta(manager, siteId, zone);
      const plan = {
        contentType,
        width: inspected.width,
        height: inspected.height,
        sha256: createHash('sha256').update(inspected.image).digest('hex'),
      };
      await manager
        .getRepository(ZonePlanRow)
        .upsert({ siteId, zone, image: inspected.image, ...plan, updatedAt: now }, [
          'siteId',
          'zone',
        ]);
      await insertAuditEvent(manager, {
        at: now,
        kind: 'plan.uploaded',
        actor: auditActorOf(actor),
        siteId,
        subject: zone,
        before,
        after: plan,
      });
    });
    const summary = await this.getZoneSummary(siteId, zone);
    return { ...summary, removedContent: inspected.removedContent };
  }

  async getPlan(siteId: string, zone: string): Promise<ServedPlan> {
    const plan = await this.plans.findOneBy({ siteId, zone });
    if (!plan) throw new NotFoundException(`La zone « ${zone} » n'a pas encore de plan.`);
    return { image: plan.image, contentType: plan.contentType, etag: `"${plan.sha256}"` };
  }

  async deletePlan(actor: User, siteId: string, zone: string): Promise<ZoneSummary> {
    await this.plans.manager.transaction(async (manager) => {
      const before = await this.readPlanMeta(manager, siteId, zone);
      const result = await manager.getRepository(ZonePlanRow).delete({ siteId, zone });
      if (!result.affected || !before)
        throw new NotFoundException(`La zone « ${zone} » n'a pas de plan.`);
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'plan.removed',
        actor: auditActorOf(actor),
        siteId,
        subject: zone,
        before,
      });
    });
    return this.getZoneSummary(siteId, zone);
  }

  async setPlanPosition(
    actor: User,
    siteId: string,
    deskId: string,
    input: SetPlanPosition,
  ): Promise<DeskResponse> {
    const desk = await this.desks.findOneBy({ id: deskId, siteId });
    if (!desk) throw new NotFoundException("Ce poste n'existe pas sur ce site.");
    const before =
      desk.planX === null || desk.planY === null ? null : { x: desk.planX, y: desk.planY };
    desk.planX = input.position?.x ?? null;
    desk.planY = input.position?.y ?? null;
    await this.desks.manager.transaction(async (manager) => {
      await manager.update(Desk, { id: deskId }, { planX: desk.planX, planY: desk.planY });
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'desk.placed',
        actor: auditActorOf(actor),
        siteId,
        subject: desk.label,
        before,
        after: input.position ?? null,
      });
    });
    return toDeskResponse(desk);
  }

  /** What the audit log keeps of a plan: its type, size and fingerprint, not the image. */
  private async readPlanMeta(manager: EntityManager, siteId: string, zone: string) {
    const plan = await manager.getRepository(ZonePlanRow).findOne({
      where: { siteId, zone },
      select: { contentType: true, width: true, height: true, sha256: true },
    });
    return plan
      ? {
          contentType: plan.contentType,
          width: plan.width,
          height: plan.height,
          sha256: plan.sha256,
        }
      : null;
  }

  private async getZoneSummary(siteId: string, zone: string): Promise<ZoneSummary> {
    const row = await queryOneRow(
      this.desks.manager,
      zoneRow,
      `SELECT ${zoneSummaryColumns} FROM zones z WHERE z.site_id = $1 AND z.name = $2`,
      [siteId, zone],
    );
    const plans = await this.loadPlanMetas(siteId, zone);
    return this.toZoneSummary(siteId, row, plans.get(zone));
  }

  private toZoneSummary(siteId: string, zone: ZoneRow, plan: PlanMeta | undefined): ZoneSummary {
    return {
      id: zone.id,
      zone: zone.zone,
      position: zone.position,
      deskCount: zone.deskCount,
      placedDeskCount: zone.placedDeskCount,
      plan: plan
        ? {
            contentType: plan.contentType,
            width: plan.width,
            height: plan.height,
            sizeBytes: plan.sizeBytes,
            updatedAt: plan.updatedAt.toISOString(),
            url: zonePlanUrl(siteId, plan.zone, plan.sha256),
          }
        : null,
    };
  }

  /** Plan metadata without the image bytes. */
  private async loadPlanMetas(siteId: string, zone?: string): Promise<Map<string, PlanMeta>> {
    const rows = await queryRows(
      this.plans.manager,
      planMetaRow,
      `SELECT site_id AS "siteId", zone, content_type AS "contentType", width, height, sha256,
              updated_at AS "updatedAt", octet_length(image)::int AS "sizeBytes"
       FROM zone_plans WHERE site_id = $1 AND ($2::text IS NULL OR zone = $2)`,
      [siteId, zone ?? null],
    );
    return new Map(rows.map((row) => [row.zone, row]));
  }

  private async assertSiteExists(siteId: string): Promise<void> {
    if (!(await this.sites.existsBy({ id: siteId }))) {
      throw new NotFoundException("Ce site n'existe pas.");
    }
  }

  private async assertZoneExists(siteId: string, zone: string): Promise<void> {
    await this.assertSiteExists(siteId);
    const [known] = await queryRows(
      this.desks.manager,
      z.object({ id: column.id }),
      `SELECT id FROM zones WHERE site_id = $1 AND name = $2`,
      [siteId, zone],
    );
    if (!known) {
      throw new NotFoundException(
        `Ce site n'a pas de zone « ${zone} » : créez-la d'abord (page « Postes et zones »).`,
      );
    }
  }
}

function parseContentType(header: string | undefined): ZonePlanContentType {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase();
  const known = zonePlanContentTypes.find((candidate) => candidate === type);
  if (!known) {
    throw new UnsupportedMediaTypeException(
      'Le plan doit être une image SVG (image/svg+xml) ou PNG (image/png).',
    );
  }
  return known;
}
