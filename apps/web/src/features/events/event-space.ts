import type { Event } from '@admz/shared';
import type { Language } from '../../i18n/language';
import { eventsMessages } from './events.messages';

/** « zone Atelier », or a room's own name (« Salle Marianne »): how a sentence names the space. */
export function describeEventSpace(
  space: Pick<Event['space'], 'kind' | 'name'>,
  language: Language,
): string {
  return space.kind === 'zone' ? eventsMessages[language].common.zoneSpace(space.name) : space.name;
}
