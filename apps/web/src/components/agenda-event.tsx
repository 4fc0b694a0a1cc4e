import type { EventProps } from 'react-big-calendar';

/**
 * An event in the agenda view. The agenda reacts to clicks on the whole table cell, which the
 * keyboard cannot reach: an event that leads somewhere is a button (its click reaches the cell),
 * the others plain text.
 */
export function makeAgendaEvent<TEvent extends object>(isActionable: (event: TEvent) => boolean) {
  return function AgendaEvent({ event, title }: EventProps<TEvent>) {
    return isActionable(event) ? (
      <button type="button" className="admz-agenda-event">
        {title}
      </button>
    ) : (
      <span>{title}</span>
    );
  };
}
