import { formatSiteTime, type TodayBoard, type TodayEntry } from '@admz/shared';
import { domainLabels } from '../../i18n/domain-labels.messages';
import type { Language } from '../../i18n/language';
import { todayBoardMessages } from './today-board.messages';

export type BoardStatus = {
  label: string;
  severity: 'success' | 'info' | 'warning' | 'error' | undefined;
};

/** « Arrivé·e à 09:12 (par Inès Lefèvre) », « En retard »…, in the site's timezone. */
export function describeBoardStatus(
  entry: TodayEntry,
  timezone: string,
  language: Language = 'fr',
): BoardStatus {
  const text = todayBoardMessages[language].display;
  const at = (instant: string | null) =>
    instant ? text.at(formatSiteTime(instant, timezone)) : '';
  const by = (actor: TodayEntry['arrivalMarkedBy']) => (actor ? text.by(actor.name) : '');
  switch (entry.state) {
    case 'expected':
      return entry.isLate
        ? { label: text.late, severity: 'warning' }
        : { label: text.expected, severity: undefined };
    case 'arrived':
      return {
        label: `${text.arrived}${at(entry.checkedInAt)}${by(entry.arrivalMarkedBy)}`,
        severity: 'success',
      };
    case 'left':
      return {
        label: `${text.left}${at(entry.checkedOutAt)}${by(entry.departureMarkedBy)}`,
        severity: 'info',
      };
    case 'no_show':
      return {
        label: entry.releasedAt ? `${text.released}${at(entry.releasedAt)}` : text.absent,
        severity: 'error',
      };
  }
}

/** « Journée, 09:00–19:00 » in the site's timezone. */
export function describeBoardSlot(
  entry: TodayEntry,
  timezone: string,
  language: Language = 'fr',
): string {
  const times = `${formatSiteTime(entry.startsAt, timezone)}–${formatSiteTime(entry.endsAt, timezone)}`;
  return entry.slot === 'hour' ? times : `${domainLabels[language].slot[entry.slot]}, ${times}`;
}

export function personName(
  entry: { person: TodayEntry['person'] },
  language: Language = 'fr',
): string {
  return entry.person
    ? `${entry.person.givenName} ${entry.person.usualName}`
    : todayBoardMessages[language].display.anonymised;
}

/** The free desks, zone by zone, in the order the API gives them. */
export function groupFreeDesks(
  desks: TodayBoard['freeDesks'],
): { zone: string; labels: string[] }[] {
  const zones: { zone: string; labels: string[] }[] = [];
  for (const desk of desks) {
    const group = zones.find((candidate) => candidate.zone === desk.zone);
    if (group) group.labels.push(desk.label);
    else zones.push({ zone: desk.zone, labels: [desk.label] });
  }
  return zones;
}
