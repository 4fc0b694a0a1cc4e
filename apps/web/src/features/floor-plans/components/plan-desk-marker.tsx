import type { DeskSlotState } from '@admz/shared';
import { fr, type FrIconClassName } from '@codegouvfr/react-dsfr';

export type MarkerState = DeskSlotState | 'past';

/**
 * Each state has its own shape (CSS), icon and words (`floorPlansMessages.markers`): colour only
 * reinforces them.
 */
export const markerLooks: Record<MarkerState, { icon: FrIconClassName; className: string }> = {
  free: { icon: 'fr-icon-add-circle-line', className: 'admz-plan-desk--free' },
  taken: { icon: 'fr-icon-close-circle-line', className: 'admz-plan-desk--taken' },
  mine: { icon: 'fr-icon-checkbox-circle-fill', className: 'admz-plan-desk--mine' },
  unavailable: { icon: 'fr-icon-subtract-line', className: 'admz-plan-desk--unavailable' },
  past: { icon: 'fr-icon-subtract-line', className: 'admz-plan-desk--unavailable' },
};

export function markerClassName(state: MarkerState, extra: string[] = []): string {
  return ['admz-plan-desk', markerLooks[state].className, fr.cx(markerLooks[state].icon), ...extra]
    .filter(Boolean)
    .join(' ');
}

/**
 * Places an element at a fraction of the plan, in percent so it follows the plan's size. The
 * element is shifted by the same fraction of its own size (centred in the middle, flush with the
 * edge at an edge): the point stays inside it and it never sticks out of the plan.
 */
export function positionStyle(position: { x: number; y: number }) {
  const x = position.x * 100;
  const y = position.y * 100;
  return { left: `${x}%`, top: `${y}%`, transform: `translate(-${x}%, -${y}%)` };
}
