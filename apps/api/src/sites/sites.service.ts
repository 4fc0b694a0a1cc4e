import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  CreateDesk,
  CreateSite,
  Desk as DeskResponse,
  Site as SiteResponse,
  SiteRules,
  UpdateDesk,
  UpdateSite,
} from '@admz/shared';
import { DataSource, Repository } from 'typeorm';
import { Desk } from './desk.entity';
import { DeskActivationService } from './desk-activation.service';
import { publicHolidayOn } from './public-holidays';
import { computeDaySchedule, type DaySchedule } from './site-schedule';
import { readSiteDay, readSiteDays, type SiteJson } from './site-day-queries';
import { OpeningHoursService } from './opening-hours.service';
import { Site } from './site.entity';
import { insertAuditEvent, auditActorOf } from '../audit/audit-queries';
import { Clock } from '../common/clock';
import type { User } from '../users/user.entity';

export function toSiteResponse(site: Site): SiteResponse {
  return {
    id: site.id,
    name: site.name,
    slug: site.slug,
    address: site.address,
    timezone: site.timezone,
    description: site.description,
    accessInfo: site.accessInfo,
    wifiInfo: site.wifiInfo,
    holidayRegion: site.holidayRegion,
    extendedClosesAt: site.extendedClosesAt === null ? null : site.extendedClosesAt.slice(0, 5),
    kioskMessage: site.kioskMessage,
  };
}

export function toDeskResponse(desk: Desk): DeskResponse {
  return {
    id: desk.id,
    siteId: desk.siteId,
    label: desk.label,
    zone: desk.zone,
    attributes: desk.attributes,
    isActive: desk.isActive,
    assignedUserId: desk.assignedUserId ?? null,
    planPosition:
      typeof desk.planX === 'number' && typeof desk.planY === 'number'
        ? { x: desk.planX, y: desk.planY }
        : null,
  };
}

export type SiteDay = {
  site: Site;
  desk: Desk | null;
  /** The day as the person asking sees it: key holders get the extended closing time. */
  schedule: DaySchedule;
  rules: SiteRules;
  isKeyHolder: boolean;
};

@Injectable()
export class SitesService {
  constructor(
    @InjectRepository(Site) private readonly sites: Repository<Site>,
    @InjectRepository(Desk) private readonly desks: Repository<Desk>,
    private readonly dataSource: DataSource,
    private readonly openingHours: OpeningHoursService,
    private readonly deskActivation: DeskActivationService,
    private readonly clock: Clock,
  ) {}

  async listSites(): Promise<SiteResponse[]> {
    const sites = await this.sites.find({ order: { name: 'ASC' } });
    return sites.map(toSiteResponse);
  }

  async getSite(siteId: string): Promise<Site> {
    const site = await this.sites.findOneBy({ id: siteId });
    if (!site) throw new NotFoundException("Ce site n'existe pas.");
    return site;
  }

  async createSite(actor: User, input: CreateSite): Promise<SiteResponse> {
    const site = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Site);
      const saved = await repository.save(repository.create(input));
      const created = await repository.findOneByOrFail({ id: saved.id });
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'site.created',
        actor: auditActorOf(actor),
        siteId: created.id,
        subject: created.name,
        after: toSiteResponse(created),
      });
      return created;
    });
    return toSiteResponse(site);
  }

  async updateSite(siteId: string, input: UpdateSite): Promise<SiteResponse> {
    const { confirm, timezone, holidayRegion, extendedClosesAt, ...rest } = input;
    const site = await this.getSite(siteId);
    // What moves the site's hours goes through the « list, confirm, cancel, tell » rule.
    const scheduleChanges = {
      ...(timezone !== undefined && timezone !== site.timezone && { timezone }),
      ...(holidayRegion !== undefined && holidayRegion !== site.holidayRegion && { holidayRegion }),
      ...(extendedClosesAt !== undefined &&
        extendedClosesAt !== site.extendedClosesAt?.slice(0, 5) && { extendedClosesAt }),
    };
    if (Object.keys(scheduleChanges).length > 0) {
      await this.openingHours.changeScheduleSettings(siteId, scheduleChanges, confirm);
    }
    const changed = await this.getSite(siteId);
    return toSiteResponse(await this.sites.save(this.sites.merge(changed, rest)));
  }

  async listDesks(siteId: string): Promise<DeskResponse[]> {
    await this.getSite(siteId);
    const desks = await this.desks.find({
      where: { siteId },
      order: { zone: 'ASC', label: 'ASC' },
    });
    return desks.map(toDeskResponse);
  }

  async createDesk(actor: User, siteId: string, input: CreateDesk): Promise<DeskResponse> {
    await this.getSite(siteId);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Desk);
      const desk = toDeskResponse(await repository.save(repository.create({ ...input, siteId })));
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'desk.created',
        actor: auditActorOf(actor),
        siteId,
        subject: desk.label,
        after: desk,
      });
      return desk;
    });
  }

  async updateDesk(
    actor: User,
    siteId: string,
    deskId: string,
    input: UpdateDesk,
  ): Promise<DeskResponse> {
    const { confirm, isActive, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Desk);
      const found = await repository.findOneBy({ id: deskId, siteId });
      if (!found) throw new NotFoundException("Ce poste n'existe pas sur ce site.");
      // Taking a desk out of booking cancels its bookings to come: the same rule as the console's.
      if (isActive === false && found.isActive) {
        await this.deskActivation.deactivate(manager, actor, siteId, [deskId], confirm);
      } else if (isActive === true && !found.isActive) {
        await this.deskActivation.reactivate(manager, actor, siteId, [deskId]);
      }
      const desk = await repository.findOneByOrFail({ id: deskId });
      const before = toDeskResponse(desk);
      const after = toDeskResponse(await repository.save(repository.merge(desk, fields)));
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await insertAuditEvent(manager, {
          at: this.clock.now(),
          kind: 'desk.updated',
          actor: auditActorOf(actor),
          siteId,
          subject: after.label,
          before,
          after,
        });
      }
      return after;
    });
  }

  /**
   * The slots a site offers on each of `dates` (the calendar's month view): one round trip
   * for the site, its weekly hours, the exceptions of those days and its rules.
   */
  async loadSiteDays(
    siteId: string,
    dates: string[],
    userId: string | null,
  ): Promise<{ site: Site; days: { date: string; schedule: DaySchedule }[] }> {
    const row = await readSiteDays(this.dataSource.manager, { siteId, dates, userId });
    if (!row) throw new NotFoundException("Ce site n'existe pas.");
    const site = this.toSiteEntity(row.site);
    const days = dates.map((date) => ({
      date,
      schedule: computeDaySchedule({
        date,
        timezone: site.timezone,
        middayAt: site.middayAt,
        weekly: row.weekly,
        exception: row.exceptions.find((exception) => exception.date === date) ?? null,
        holiday: publicHolidayOn(site.holidayRegion, date),
        extendedClosesAt: row.is_key_holder ? site.extendedClosesAt : null,
      }),
    }));
    return { site, days };
  }

  private toSiteEntity(row: SiteJson): Site {
    return this.sites.create({
      id: row.id,
      name: row.name,
      slug: row.slug,
      address: row.address,
      timezone: row.timezone,
      description: row.description,
      accessInfo: row.access_info,
      wifiInfo: row.wifi_info,
      middayAt: row.midday_at,
      holidayRegion: row.holiday_region,
      extendedClosesAt: row.extended_closes_at,
      kioskMessage: row.kiosk_message,
    });
  }

  /**
   * A site, the slots it offers on `date` and, when asked, one desk: one round trip, because
   * booking and availability requests start here.
   */
  async loadSiteDay(
    siteId: string,
    date: string,
    deskId: string | null = null,
    userId: string | null = null,
  ): Promise<SiteDay> {
    const row = await readSiteDay(this.dataSource.manager, { siteId, date, deskId, userId });
    if (!row) throw new NotFoundException("Ce site n'existe pas.");
    const site = this.toSiteEntity(row.site);
    const desk = row.desk
      ? this.desks.create({
          id: row.desk.id,
          siteId: row.desk.site_id,
          label: row.desk.label,
          zone: row.desk.zone,
          attributes: row.desk.attributes,
          isActive: row.desk.is_active,
          assignedUserId: row.desk.assigned_user_id,
        })
      : null;
    const schedule = computeDaySchedule({
      date,
      timezone: site.timezone,
      middayAt: site.middayAt,
      weekly: row.weekly,
      exception: row.exception,
      holiday: publicHolidayOn(site.holidayRegion, date),
      extendedClosesAt: row.is_key_holder ? site.extendedClosesAt : null,
    });
    return {
      site,
      desk,
      schedule,
      rules: row.rules,
      isKeyHolder: row.is_key_holder,
    };
  }
}
