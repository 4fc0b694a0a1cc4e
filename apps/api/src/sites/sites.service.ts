import {
  ConflictException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  findSiteDatesProblem,
  isSiteListedToAgents,
  rulesForPerson,
  type AffectedBooking,
  type CreateDesk,
  type CreateSite,
  type Desk as DeskResponse,
  type Site as SiteResponse,
  type SitePhoto,
  type SiteRules,
  type UpdateDesk,
  type UpdateSite,
} from '@admz/shared';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { Desk } from './desk.entity';
import { DeskActivationService } from './desk-activation.service';
import { publicHolidayOn } from './public-holidays';
import { computeDaySchedule, withinSiteLifetime, type DaySchedule } from './site-schedule';
import { readSiteDay, readSiteDays, type SiteDayRow, type SiteJson } from './site-day-queries';
import { OpeningHoursService } from './opening-hours.service';
import { Site } from './site.entity';
import { insertAuditEvent, auditActorOf } from '../audit/audit-queries';
import { Clock } from '../common/clock';
import { formatSiteTime, siteToday } from '../common/site-time';
import { NotificationsService } from '../notifications/notifications.service';
import type { User } from '../users/user.entity';
import type { CurrentUserContext } from '../auth/access.decorators';
import {
  archiveSiteRow,
  cancelBookings,
  endWaitingEntriesOfSite,
  listFutureBookingsOfSite,
  lockSite,
  readSitePhotoMetas,
  restoreSiteRow,
  type FutureBooking,
} from './site-queries';

export function toSiteResponse(site: Site, photo: SitePhoto | null): SiteResponse {
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
    kind: site.kind,
    startsOn: site.startsOn,
    endsOn: site.endsOn,
    capacity: site.capacity,
    archivedAt: site.archivedAt === null ? null : site.archivedAt.toISOString(),
    photo,
  };
}

/** The fields an edit may change, as the audit log compares them. */
const editableSiteFields = [
  'name',
  'slug',
  'address',
  'timezone',
  'description',
  'accessInfo',
  'wifiInfo',
  'holidayRegion',
  'extendedClosesAt',
  'kioskMessage',
  'kind',
  'startsOn',
  'endsOn',
  'capacity',
] as const satisfies readonly (keyof SiteResponse)[];
type EditableSiteField = (typeof editableSiteFields)[number];
/** Changing one of these moves the days and hours the site takes bookings. */
const scheduleFields = new Set<EditableSiteField>([
  'timezone',
  'holidayRegion',
  'extendedClosesAt',
  'kind',
  'startsOn',
  'endsOn',
]);

function toAffectedBooking(booking: FutureBooking, timezone: string): AffectedBooking {
  return {
    bookingId: booking.id,
    person: { givenName: booking.givenName, usualName: booking.usualName, email: booking.email },
    desk: { label: booking.label, zone: booking.zone },
    date: booking.date,
    localStart: formatSiteTime(booking.startsAt, timezone),
    localEnd: formatSiteTime(booking.endsAt, timezone),
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
    private readonly notifications: NotificationsService,
    private readonly deskActivation: DeskActivationService,
    private readonly clock: Clock,
  ) {}

  /**
   * The sites a person may book: active permanent sites, and temporary ones from 30 days before
   * their first day through their last (site calendar). Hosts also see the sites they run, and
   * admins every active site, to prepare them; nobody sees an archived site here.
   */
  async listSites({ user, hostedSiteIds }: CurrentUserContext): Promise<SiteResponse[]> {
    const now = this.clock.now();
    const sites = await this.sites.find({ order: { name: 'ASC' } });
    const listed = sites.filter(
      (site) =>
        site.archivedAt === null &&
        (user.isAdmin ||
          hostedSiteIds.includes(site.id) ||
          isSiteListedToAgents({ ...site, archivedAt: null }, siteToday(site.timezone, now))),
    );
    return this.withPhotos(this.dataSource.manager, listed);
  }

  /** Every site, archived ones last: the admins' page of the network. */
  async listAllSites(): Promise<SiteResponse[]> {
    const sites = await this.sites.find({ order: { name: 'ASC' } });
    const ordered = [
      ...sites.filter((site) => site.archivedAt === null),
      ...sites.filter((site) => site.archivedAt !== null),
    ];
    return this.withPhotos(this.dataSource.manager, ordered);
  }

  async getSite(siteId: string): Promise<Site> {
    const site = await this.sites.findOneBy({ id: siteId });
    if (!site) throw new NotFoundException("Ce site n'existe pas.");
    return site;
  }

  async getSiteResponse(siteId: string, db: EntityManager = this.dataSource.manager) {
    const site = await db.findOneBy(Site, { id: siteId });
    if (!site) throw new NotFoundException("Ce site n'existe pas.");
    const [response] = await this.withPhotos(db, [site]);
    if (!response) throw new NotFoundException("Ce site n'existe pas.");
    return response;
  }

  private async withPhotos(db: EntityManager, sites: Site[]): Promise<SiteResponse[]> {
    if (sites.length === 0) return [];
    const photos = await readSitePhotoMetas(
      db,
      sites.map((site) => site.id),
    );
    return sites.map((site) => toSiteResponse(site, photos.get(site.id) ?? null));
  }

  async createSite(actor: User, input: CreateSite): Promise<SiteResponse> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Site);
      const saved = await repository.save(repository.create(input));
      const created = toSiteResponse(await repository.findOneByOrFail({ id: saved.id }), null);
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'site.created',
        actor: auditActorOf(actor),
        siteId: created.id,
        subject: created.name,
        after: created,
      });
      return created;
    });
  }

  /**
   * An edit by a host or an admin, written to the audit log with what changed (before and after)
   * in the same transaction. What moves the site's days or hours goes through the « list,
   * confirm, cancel, tell » rule of opening hours.
   */
  async updateSite(actor: User, siteId: string, input: UpdateSite): Promise<SiteResponse> {
    const { confirm, ...fields } = input;
    const current = toSiteResponse(await this.getSite(siteId), null);
    const changed = editableSiteFields.filter(
      (field) => fields[field] !== undefined && fields[field] !== current[field],
    );
    const next = {
      ...current,
      ...Object.fromEntries(changed.map((field) => [field, fields[field]])),
    };
    // A permanent site drops the dates and places it had as a temporary one.
    if (next.kind === 'permanent')
      Object.assign(next, { startsOn: null, endsOn: null, capacity: null });
    const problem = findSiteDatesProblem(next);
    if (problem) throw new UnprocessableEntityException(problem.message);
    const changes = editableSiteFields.filter((field) => next[field] !== current[field]);
    if (changes.length === 0) return this.getSiteResponse(siteId);
    const values = Object.fromEntries(changes.map((field) => [field, next[field]]));
    const apply = async (manager: EntityManager) => {
      await manager.update(Site, { id: siteId }, values);
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'site.updated',
        actor: auditActorOf(actor),
        siteId,
        subject: next.name,
        before: Object.fromEntries(changes.map((field) => [field, current[field]])),
        after: values,
      });
    };
    if (changes.some((field) => scheduleFields.has(field))) {
      await this.openingHours.changeSiteSchedule(siteId, confirm, apply);
    } else {
      await this.dataSource.transaction(apply);
    }
    return this.getSiteResponse(siteId);
  }

  /**
   * Archives a site: hidden from agents, no new booking, kept for history. Its bookings to come
   * are listed (409) until the admin confirms; then they are cancelled, their holders told and
   * its waiting lists closed, in the archive's transaction.
   */
  async archiveSite(actor: User, siteId: string, isConfirmed: boolean): Promise<SiteResponse> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await lockSite(manager, siteId))) throw new NotFoundException("Ce site n'existe pas.");
      const site = await manager.findOneByOrFail(Site, { id: siteId });
      if (site.archivedAt !== null) throw new ConflictException('Ce site est déjà archivé.');
      const now = this.clock.now();
      const affected = await listFutureBookingsOfSite(manager, siteId, now);
      if (affected.length > 0 && !isConfirmed) {
        throw new ConflictException({
          message:
            `Archiver ${site.name} annulerait ${affected.length} réservation` +
            `${affected.length > 1 ? 's' : ''} à venir. Vérifiez la liste, puis confirmez pour ` +
            `les annuler et prévenir les personnes concernées.`,
          affectedBookings: affected.map((booking) => toAffectedBooking(booking, site.timezone)),
        });
      }
      await archiveSiteRow(manager, siteId, now);
      const cancelled = await cancelBookings(
        manager,
        affected.map((booking) => booking.id),
        now,
      );
      // The mails are jobs of this transaction: sent if and only if the archive commits.
      await this.notifications.siteArchived(siteId, cancelled, manager);
      const endedWaits = await endWaitingEntriesOfSite(manager, siteId, now);
      await insertAuditEvent(manager, {
        at: now,
        kind: 'site.archived',
        actor: auditActorOf(actor),
        siteId,
        subject: site.name,
        before: { archivedAt: null },
        after: {
          archivedAt: now.toISOString(),
          cancelledBookings: cancelled.length,
          endedWaitingEntries: endedWaits,
        },
      });
      return this.getSiteResponse(siteId, manager);
    });
  }

  /** Back in the agents' list, bookable again (what archiving cancelled stays cancelled). */
  async restoreSite(actor: User, siteId: string): Promise<SiteResponse> {
    return this.dataSource.transaction(async (manager) => {
      const site = await manager.findOneBy(Site, { id: siteId });
      if (!site) throw new NotFoundException("Ce site n'existe pas.");
      if (!(await restoreSiteRow(manager, siteId))) {
        throw new ConflictException("Ce site n'est pas archivé.");
      }
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'site.restored',
        actor: auditActorOf(actor),
        siteId,
        subject: site.name,
        before: { archivedAt: site.archivedAt?.toISOString() ?? null },
        after: { archivedAt: null },
      });
      return this.getSiteResponse(siteId, manager);
    });
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
      schedule: withinSiteLifetime(
        site,
        date,
        computeDaySchedule({
          date,
          timezone: site.timezone,
          middayAt: site.middayAt,
          weekly: row.weekly,
          exception: row.exceptions.find((exception) => exception.date === date) ?? null,
          holiday: publicHolidayOn(site.holidayRegion, date),
          extendedClosesAt: row.is_key_holder ? site.extendedClosesAt : null,
        }),
      ),
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
      kind: row.kind,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      capacity: row.capacity,
      archivedAt: row.archived_at === null ? null : new Date(row.archived_at),
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
    return this.toSiteDay(row, date);
  }

  /** A site's day from its row: the availability cache keeps the row and adds the person's part. */
  toSiteDay(row: SiteDayRow, date: string): SiteDay {
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
    const schedule = withinSiteLifetime(
      site,
      date,
      computeDaySchedule({
        date,
        timezone: site.timezone,
        middayAt: site.middayAt,
        weekly: row.weekly,
        exception: row.exception,
        holiday: publicHolidayOn(site.holidayRegion, date),
        extendedClosesAt: row.is_key_holder ? site.extendedClosesAt : null,
      }),
    );
    return {
      site,
      desk,
      schedule,
      // The person's population may book further ahead, or more often, than the site's rule.
      rules: rulesForPerson(
        row.rules,
        row.person && {
          siret: row.person.siret,
          organizationLabel: row.person.organization_label,
        },
      ),
      isKeyHolder: row.is_key_holder,
    };
  }
}
