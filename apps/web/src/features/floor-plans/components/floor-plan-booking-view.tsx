import type { Slot, SlotTimes, ZoneSummary } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import {
  SegmentedControl,
  type SegmentedControlProps,
} from '@codegouvfr/react-dsfr/SegmentedControl';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useDomainLabels } from '../../../i18n/domain-labels.messages';
import { useMessages } from '../../../i18n/language';
import { hasValue } from '../../../lib/has-value';
import type { ZoneGroup } from '../../sites/group-desks-by-zone';
import { useZones } from '../hooks/use-zones';
import '../floor-plans.css';
import { floorPlansMessages } from '../floor-plans.messages';
import { markerClassName, type MarkerState } from './plan-desk-marker';
import { PlanViewport } from './plan-viewport';

type FloorPlanBookingViewProps = {
  siteId: string;
  groups: ZoneGroup[];
  slots: SlotTimes[];
  pendingBooking: { deskId: string; slot: string } | undefined;
  onBook: (deskId: string, slot: Slot) => void;
  onShowList: () => void;
};

/** The booking page's « Plan » view: each zone's plan with its desks, for one slot of the day. */
export function FloorPlanBookingView({
  siteId,
  groups,
  slots,
  pendingBooking,
  onBook,
  onShowList,
}: FloorPlanBookingViewProps) {
  const zonesQuery = useZones(siteId);
  const messages = useMessages(floorPlansMessages).booking;
  const labels = useDomainLabels();
  const [chosenSlot, setChosenSlot] = useState<Slot | undefined>(undefined);
  const slot =
    slots.find((candidate) => candidate.slot === chosenSlot) ??
    slots.find((candidate) => !candidate.isPast) ??
    slots[0];

  if (zonesQuery.isPending) return <LoadingState label={messages.loading} />;
  if (zonesQuery.isError) {
    return <ErrorState error={zonesQuery.error} onRetry={() => void zonesQuery.refetch()} />;
  }
  if (!slot) return null;
  const zonesByName = new Map(zonesQuery.data.map((zone) => [zone.zone, zone]));

  return (
    <>
      <SegmentedControl
        className={fr.cx('fr-mb-3w')}
        legend={messages.slotLegend}
        segments={
          slots.map((candidate) => ({
            label: `${labels.slot[candidate.slot]} (${candidate.localStart} – ${candidate.localEnd})`,
            nativeInputProps: {
              checked: candidate.slot === slot.slot,
              onChange: () => setChosenSlot(candidate.slot),
              value: candidate.slot,
            },
            // The site always offers at least one slot here; the type wants a non-empty tuple.
          })) as unknown as SegmentedControlProps.Segments
        }
      />
      <PlanLegend />
      {groups.map((group) => (
        <ZonePlanSection
          key={group.zone}
          siteId={siteId}
          group={group}
          zone={zonesByName.get(group.zone)}
          slot={slot}
          pendingBooking={pendingBooking}
          onBook={onBook}
          onShowList={onShowList}
        />
      ))}
    </>
  );
}

function PlanLegend() {
  const states: MarkerState[] = ['free', 'taken', 'mine', 'unavailable'];
  const messages = useMessages(floorPlansMessages);
  return (
    <div className={fr.cx('fr-mb-3w')}>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')} id="admz-plan-legend">
        {messages.booking.legend}
      </p>
      <ul className="admz-plan-legend admz-plain-list" aria-labelledby="admz-plan-legend">
        {states.map((state) => (
          <li key={state}>
            <span className={markerClassName(state)}>{messages.markers[state]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

type ZonePlanSectionProps = {
  siteId: string;
  group: ZoneGroup;
  zone: ZoneSummary | undefined;
  slot: SlotTimes;
  pendingBooking: { deskId: string; slot: string } | undefined;
  onBook: (deskId: string, slot: Slot) => void;
  onShowList: () => void;
};

function ZonePlanSection({
  group,
  zone,
  slot,
  pendingBooking,
  onBook,
  onShowList,
}: ZonePlanSectionProps) {
  const headingId = `plan-${group.zone.normalize('NFD').replace(/[^a-zA-Z0-9]+/g, '-')}`;
  const plan = zone?.plan ?? null;
  const messages = useMessages(floorPlansMessages);
  const labels = useDomainLabels();
  const placed = group.desks.filter(hasValue('planPosition'));
  const unplaced = group.desks.filter((desk) => desk.planPosition === null);
  const stateOf = (desk: (typeof placed)[number]): MarkerState =>
    slot.isPast && desk.states[slot.slot] === 'free'
      ? 'past'
      : (desk.states[slot.slot] ?? 'unavailable');

  return (
    <section aria-labelledby={headingId} className={fr.cx('fr-mb-5w')}>
      <h3 id={headingId} className={fr.cx('fr-h5', 'fr-mb-1w')}>
        {group.zone} — {labels.slot[slot.slot].toLowerCase()}
      </h3>
      {!plan ? (
        <Alert
          severity="info"
          small
          description={
            <>
              {messages.booking.noPlan(group.zone)}{' '}
              <button type="button" className={fr.cx('fr-link')} onClick={onShowList}>
                {messages.booking.seeList}
              </button>
            </>
          }
        />
      ) : (
        <>
          <PlanViewport
            plan={plan}
            imageAlt={messages.plan.imageAlt(group.zone)}
            controlsLabel={messages.plan.controls(group.zone)}
            pins={placed.map((desk) => {
              const word = messages.markers[stateOf(desk)];
              return {
                id: desk.id,
                x: desk.planPosition.x,
                y: desk.planPosition.y,
                fullText: `${desk.label} ${word}`,
                shortText: desk.label,
              };
            })}
            renderPin={(pin, look) => {
              const desk = placed.find((candidate) => candidate.id === pin.id)!;
              const state = stateOf(desk);
              const isBooking =
                pendingBooking?.deskId === desk.id && pendingBooking.slot === slot.slot;
              const text = (
                <span className="admz-plan-desk__text">
                  <span className="admz-plan-desk__label">{desk.label}</span>
                  <span className="admz-plan-desk__state">
                    {' '}
                    {isBooking ? messages.booking.booking : messages.markers[state]}
                  </span>
                </span>
              );
              // The name starts with what the label shows (« A-05 libre »): what a person reads
              // is what voice control and screen readers call it.
              return state === 'free' ? (
                <button
                  key={desk.id}
                  type="button"
                  data-pin-id={desk.id}
                  className={markerClassName(state, [look.className])}
                  style={look.style}
                  aria-busy={isBooking}
                  disabled={pendingBooking !== undefined}
                  onClick={() => onBook(desk.id, slot.slot)}
                >
                  {text}
                  <span className={fr.cx('fr-sr-only')}>
                    {messages.booking.book(labels.slot[slot.slot])}
                  </span>
                </button>
              ) : (
                <span
                  key={desk.id}
                  data-pin-id={desk.id}
                  className={markerClassName(state, [look.className])}
                  style={look.style}
                >
                  {text}
                </span>
              );
            }}
          />
          {unplaced.length > 0 && (
            <p className={fr.cx('fr-text--sm', 'fr-mt-1w')}>
              {unplaced.length === 1 ? messages.booking.unplacedOne : messages.booking.unplacedMany}
              {messages.booking.colon} {unplaced.map((desk) => desk.label).join(', ')} —{' '}
              <button type="button" className={fr.cx('fr-link')} onClick={onShowList}>
                {messages.booking.bookFromList}
              </button>
              .
            </p>
          )}
        </>
      )}
    </section>
  );
}
