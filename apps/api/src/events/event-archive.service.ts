import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  archivePageSize,
  type ArchiveSearchQuery,
  type ArchiveSearchResult,
  type EventArchive,
  type ReplaceEventArchive,
} from '@admz/shared';
import { DataSource } from 'typeorm';
import { auditActorOf, insertAuditEvent } from '../audit/audit-queries';
import type { CurrentUserContext } from '../auth/access.decorators';
import { Clock } from '../common/clock';
import { toHttpException } from '../database/database-errors';
import type { User } from '../users/user.entity';
import {
  countArchive,
  findArchive,
  listArchiveAdministrations,
  listArchiveThemes,
  replaceArchive,
  searchArchive,
  type ArchiveFilters,
  type ArchiveRow,
} from './event-archive-queries';
import { findEvent, lockEventOfSite, type EventRow } from './event-queries';

/**
 * The archive of past events: once an approved event is over, its organisers attach a summary,
 * links and theme tags; every agent searches past events in French. The archive spans every
 * site, archived or temporary ones included: it is the network's memory, not an agenda.
 */
@Injectable()
export class EventArchiveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The archive of an approved event, for every agent; empty and not writable until it is over. */
  async getArchive(context: CurrentUserContext, eventId: string): Promise<EventArchive> {
    const event = await findEvent(this.dataSource, eventId);
    const archive =
      event?.status === 'approved' ? await findArchive(this.dataSource, eventId) : null;
    if (!event || !archive) {
      throw new NotFoundException("Cet événement n'existe pas ou n'a pas eu lieu.");
    }
    const isOver = this.isOver(event);
    return toEventArchive(event, archive, isOver, isOver && isOrganiser(context, event));
  }

  /**
   * Replaces the archive of an event of the site, by one of its organisers (the routes decide
   * who they are): only an approved event that is over has an archive.
   */
  async replace(
    actor: User,
    siteId: string,
    eventId: string,
    input: ReplaceEventArchive,
  ): Promise<EventArchive> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const event = await lockEventOfSite(manager, siteId, eventId);
        if (!event) throw new NotFoundException("Cet événement n'existe pas sur ce site.");
        if (event.status !== 'approved') {
          throw new ConflictException(
            'Seul un événement validé et qui a eu lieu a des archives : celui-ci a été ' +
              (event.status === 'cancelled'
                ? 'annulé.'
                : event.status === 'declined'
                  ? 'refusé.'
                  : 'seulement proposé.'),
          );
        }
        if (!this.isOver(event)) {
          throw new ConflictException(
            "Cet événement n'est pas encore terminé : ses archives s'ajoutent une fois qu'il a eu lieu.",
          );
        }
        const at = this.clock.now();
        const before = await findArchive(manager, eventId);
        await replaceArchive(manager, eventId, { ...input, by: actor.id, at });
        await insertAuditEvent(manager, {
          at,
          kind: 'event.archive-updated',
          actor: auditActorOf(actor),
          siteId,
          subject: event.title,
          before: { links: before?.links.length ?? 0, themes: event.themes },
          after: { links: input.links.length, themes: input.themes },
        });
        const archive = await findArchive(manager, eventId);
        if (!archive) throw new NotFoundException("Cet événement n'existe pas sur ce site.");
        return toEventArchive({ ...event, themes: input.themes }, archive, true, true);
      });
    } catch (error) {
      throw toHttpException(error) ?? error;
    }
  }

  /** A page of past events matching the words (French stemming, accents ignored) and filters. */
  async search(query: ArchiveSearchQuery): Promise<ArchiveSearchResult> {
    const now = this.clock.now();
    const page = query.page ?? 1;
    const filters: ArchiveFilters = {
      words: query.q ?? null,
      theme: query.theme ?? null,
      siteId: query.siteId ?? null,
      type: query.type ?? null,
      administration: query.administration ?? null,
      now,
    };
    const [items, total, themes, administrations] = await Promise.all([
      searchArchive(this.dataSource, filters, {
        limit: archivePageSize,
        offset: (page - 1) * archivePageSize,
      }),
      countArchive(this.dataSource, filters),
      listArchiveThemes(this.dataSource, now),
      listArchiveAdministrations(this.dataSource, now),
    ]);
    return {
      items: items.map((item) => ({
        ...item,
        startsAt: item.startsAt.toISOString(),
      })),
      total,
      page,
      pageSize: archivePageSize,
      themes,
      administrations,
    };
  }

  private isOver(event: EventRow): boolean {
    return event.endsAt <= this.clock.now();
  }
}

/** The event's organisers: the site's hosts (and admins), and who proposed it. */
function isOrganiser({ user, hostedSiteIds }: CurrentUserContext, event: EventRow): boolean {
  return user.isAdmin || hostedSiteIds.includes(event.siteId) || event.proposer?.userId === user.id;
}

function toEventArchive(
  event: EventRow,
  archive: ArchiveRow,
  isOver: boolean,
  canEdit: boolean,
): EventArchive {
  return {
    eventId: event.id,
    isOver,
    summary: archive.summary,
    links: archive.links,
    themes: event.themes,
    updatedAt: archive.updatedAt?.toISOString() ?? null,
    canEdit,
  };
}
