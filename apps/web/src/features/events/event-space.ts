import type { Event } from '@admz/shared';

/** « zone Atelier », or a room's own name (« Salle Marianne »): how a sentence names the space. */
export function describeEventSpace(space: Pick<Event['space'], 'kind' | 'name'>): string {
  return space.kind === 'zone' ? `zone ${space.name}` : space.name;
}
