import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  CreateDesk,
  CreateSite,
  Desk as DeskResponse,
  OpeningException,
  OpeningHours,
  ReplaceWeeklyOpening,
  Site as SiteResponse,
  UpdateDesk,
  UpdateSite,
} from '@admz/shared';
import { DataSource, Repository } from 'typeorm';
import { Desk } from './desk.entity';
import { OpeningExceptionRow, WeeklyOpeningRow } from './opening-hours.entity';
import { computeDaySchedule, type DaySchedule } from './site-schedule';
import { Site } from './site.entity';

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
  };
}

const hhmm = (time: string | null) => (time === null ? null : time.slice(0, 5));

@Injectable()
export class SitesService {
  constructor(
    @InjectRepository(Site) private readonly sites: Repository<Site>,
    @InjectRepository(Desk) private readonly desks: Repository<Desk>,
    @InjectRepository(WeeklyOpeningRow) private readonly weeklyOpenings: Repository<WeeklyOpeningRow>,
    @InjectRepository(OpeningExceptionRow) private readonly openingExceptions: Repository<OpeningExceptionRow>,
    private readonly dataSource: DataSource,
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

  async createSite(input: CreateSite): Promise<SiteResponse> {
    const site = await this.sites.save(this.sites.create(input));
    return toSiteResponse(await this.getSite(site.id));
  }

  async updateSite(siteId: string, input: UpdateSite): Promise<SiteResponse> {
    const site = await this.getSite(siteId);
    return toSiteResponse(await this.sites.save(this.sites.merge(site, input)));
  }

  async listDesks(siteId: string): Promise<DeskResponse[]> {
    await this.getSite(siteId);
    const desks = await this.desks.find({ where: { siteId }, order: { zone: 'ASC', label: 'ASC' } });
    return desks.map(toDeskResponse);
  }

  async createDesk(siteId: string, input: CreateDesk): Promise<DeskResponse> {
    await this.getSite(siteId);
    return toDeskResponse(await this.desks.save(this.desks.create({ ...input, siteId })));
  }

  async updateDesk(siteId: string, deskId: string, input: UpdateDesk): Promise<DeskResponse> {
    const desk = await this.desks.findOneBy({ id: deskId, siteId });
    if (!desk) throw new NotFoundException("Ce bureau n'existe pas sur ce site.");
    return toDeskResponse(await this.desks.save(this.desks.merge(desk, input)));
  }

  async getOpeningHours(siteId: string): Promise<OpeningHours> {
    await this.getSite(siteId);
    const [weekly, exceptions] = await Promise.all([
      this.weeklyOpenings.find({ where: { siteId }, order: { weekday: 'ASC' } }),
      this.openingExceptions.find({ where: { siteId }, order: { date: 'ASC' } }),
    ]);
    return {
      weekly: weekly.map((day) => ({ weekday: day.weekday, opensAt: hhmm(day.opensAt)!, closesAt: hhmm(day.closesAt)! })),
      exceptions: exceptions.map((exception) => ({
        date: exception.date,
        isClosed: exception.isClosed,
        opensAt: hhmm(exception.opensAt),
        closesAt: hhmm(exception.closesAt),
        reason: exception.reason,
      })),
    };
  }

  async replaceWeeklyOpening(siteId: string, input: ReplaceWeeklyOpening): Promise<OpeningHours> {
    await this.getSite(siteId);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(WeeklyOpeningRow, { siteId });
      if (input.weekly.length > 0) {
        await manager.insert(WeeklyOpeningRow, input.weekly.map((day) => ({ ...day, siteId })));
      }
    });
    return this.getOpeningHours(siteId);
  }

  async putOpeningException(siteId: string, date: string, input: OpeningException): Promise<OpeningHours> {
    await this.getSite(siteId);
    await this.openingExceptions.upsert(
      {
        siteId,
        date,
        isClosed: input.isClosed,
        opensAt: input.isClosed ? null : input.opensAt,
        closesAt: input.isClosed ? null : input.closesAt,
        reason: input.reason,
      },
      ['siteId', 'date'],
    );
    return this.getOpeningHours(siteId);
  }

  async deleteOpeningException(siteId: string, date: string): Promise<OpeningHours> {
    const result = await this.openingExceptions.delete({ siteId, date });
    if (!result.affected) throw new NotFoundException("Aucune exception d'horaires à cette date.");
    return this.getOpeningHours(siteId);
  }

  /** The slots the site offers on `date`, from its weekly hours and that day's exception. */
  async getDaySchedule(site: Site, date: string): Promise<DaySchedule> {
    const [weekly, exception] = await Promise.all([
      this.weeklyOpenings.findBy({ siteId: site.id }),
      this.openingExceptions.findOneBy({ siteId: site.id, date }),
    ]);
    return computeDaySchedule({ date, timezone: site.timezone, middayAt: site.middayAt, weekly, exception });
  }
}
