import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import {
  siteToday,
  type AdministrationPresent,
  type BookingPresence,
  type PresenceProfile,
  type PresenceSearchQuery,
  type PresenceSearchResult,
  type PresentPerson,
  type UpdatePresenceProfile,
  type WhoIsHere,
} from '@admz/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import type { User } from '../users/user.entity';
import {
  deletePresenceProfile,
  findPresenceSite,
  listMyBookingPresence,
  listPresentPeople,
  readPresenceProfile,
  setBookingPresence,
  upsertPresenceProfile,
  type StoredPresenceProfile,
} from './presence-queries';

const noProfile: PresenceProfile = {
  isVisible: false,
  workSummary: '',
  skillTags: [],
  updatedAt: null,
};

const toProfileResponse = (profile: StoredPresenceProfile | null): PresenceProfile =>
  profile
    ? {
        isVisible: profile.isVisible,
        workSummary: profile.workSummary,
        skillTags: profile.skillTags,
        updatedAt: profile.updatedAt.toISOString(),
      }
    : noProfile;

/**
 * Administrations of the people shown, each person counted once. Only shown people are here:
 * someone who did not opt in is neither listed nor counted.
 */
export function countAdministrations(
  people: { userId: string; person: PresentPerson }[],
): AdministrationPresent[] {
  const peopleByAdministration = new Map<string, Set<string>>();
  for (const { userId, person } of people) {
    if (!person.administration) continue;
    const ids = peopleByAdministration.get(person.administration) ?? new Set<string>();
    ids.add(userId);
    peopleByAdministration.set(person.administration, ids);
  }
  return [...peopleByAdministration]
    .map(([name, ids]) => ({ name, count: ids.size }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'fr'));
}

/**
 * « Qui est là ? »: opt-in presence. Every answer is the same for every agent — hosts and admins
 * get nothing more — and never carries an e-mail nor a user id.
 */
@Injectable()
export class PresenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async getProfile(user: User): Promise<PresenceProfile> {
    return toProfileResponse(await readPresenceProfile(this.dataSource.manager, user.id));
  }

  async updateProfile(user: User, profile: UpdatePresenceProfile): Promise<PresenceProfile> {
    return toProfileResponse(
      await upsertPresenceProfile(this.dataSource.manager, user.id, profile, this.clock.now()),
    );
  }

  async leave(user: User): Promise<PresenceProfile> {
    await this.dataSource.transaction((manager) => deletePresenceProfile(manager, user.id));
    return noProfile;
  }

  async setBookingPresence(
    user: User,
    bookingId: string,
    presence: boolean | null,
  ): Promise<BookingPresence> {
    const answer = await setBookingPresence(this.dataSource.manager, user.id, bookingId, presence);
    if (!answer) throw new NotFoundException("Cette réservation n'existe pas.");
    return answer;
  }

  listMyBookingPresence(user: User): Promise<BookingPresence[]> {
    return listMyBookingPresence(this.dataSource.manager, user.id, this.clock.now());
  }

  async whoIsHere(siteId: string, date: string): Promise<WhoIsHere> {
    const site = await findPresenceSite(this.dataSource.manager, siteId);
    if (!site) throw new NotFoundException("Ce tiers-lieu n'existe pas.");
    const now = this.clock.now();
    if (date < siteToday(site.timezone, now)) {
      throw new UnprocessableEntityException(
        '« Qui est là ? » montre le jour même et les jours à venir, pas les jours passés.',
      );
    }
    const people = await listPresentPeople(this.dataSource.manager, { siteId, date, now });
    return {
      site,
      date,
      people: people.map(({ person }) => person),
      administrations: countAdministrations(people),
    };
  }

  async search(query: PresenceSearchQuery): Promise<PresenceSearchResult> {
    const people = await listPresentPeople(this.dataSource.manager, {
      ...query,
      now: this.clock.now(),
    });
    return {
      date: query.date ?? null,
      people: people.map(({ person }) => person),
      administrations: countAdministrations(people),
    };
  }
}
