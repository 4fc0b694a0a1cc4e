import {
  isoDateSchema,
  siteToday,
  slotSchema,
  bookingOpensOn,
  lastBookableDate,
  type Availability,
  type Booking,
  type DeskAttribute,
  type Site,
  type Slot,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useDomainLabels } from '../../../i18n/domain-labels.messages';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { isNonEmpty, type NonEmptyArray } from '../../../lib/non-empty';
import { DayPicker } from '../../sites/components/day-picker';
import { SitePracticalInfo } from '../../sites/components/site-practical-info';
import { SiteSelect } from '../../sites/components/site-select';
import { groupDesksByZone } from '../../sites/group-desks-by-zone';
import { useAvailability } from '../../sites/hooks/use-availability';
import { useNextOpenDate } from '../../sites/hooks/use-next-open-date';
import { useSites } from '../../sites/hooks/use-sites';
import { useSiteRules } from '../../hourly-booking/hooks/use-site-rules';
import { useBookAnyDesk } from '../hooks/use-book-any-desk';
import { useCreateBooking } from '../hooks/use-create-booking';
import { BookingResultAlert, type BookingResult } from './booking-result-alert';
import { DeskCardGrid } from './desk-card-grid';
import { DeskFilters, SlotBooking, SlotPicker } from './slot-booking';
import {
  LazyBookSeveralDaysForm as BookSeveralDaysForm,
  LazyFloorPlanBookingView,
  LazyHourlyBookingForm as HourlyBookingForm,
  LazyJoinWaitlistPanel as JoinWaitlistPanel,
  LazySiteAvailabilityCalendar,
} from './lazy-views';
import { bookingsMessages } from '../bookings.messages';

/** The site last chosen on the booking page; « Qui est là ? » opens on it too. */
export const lastSiteStorageKey = 'admz.lastSiteId';
const allZones = '';
const bookingViews = [
  { id: 'liste', label: 'list' },
  { id: 'calendrier', label: 'calendar' },
  { id: 'plan', label: 'plan' },
] as const;
type BookingView = (typeof bookingViews)[number]['id'];

export function BookDeskView() {
  const sitesQuery = useSites();
  const { bookDesk: texts } = useMessages(bookingsMessages);

  if (sitesQuery.isPending) return <LoadingState label={texts.loadingSites} />;
  if (sitesQuery.isError) {
    return <ErrorState error={sitesQuery.error} onRetry={() => void sitesQuery.refetch()} />;
  }
  const sites = sitesQuery.data;
  if (!isNonEmpty(sites)) {
    return (
      <EmptyState title={texts.noSites}>
        <p className={fr.cx('fr-mb-0')}>{texts.noSitesHint}</p>
      </EmptyState>
    );
  }
  return <SiteAvailability sites={sites} />;
}

function SiteAvailability({ sites }: { sites: NonEmptyArray<Site> }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const { bookDesk: texts } = useMessages(bookingsMessages);
  const labels = useDomainLabels();
  const format = useFormat();
  // « Réserver près de cette personne » opens the page on a zone (`?zone=`); an unknown one is ignored.
  const [zone, setZone] = useState(() => searchParams.get('zone') ?? allZones);
  const [requiredAttributes, setRequiredAttributes] = useState<DeskAttribute[]>([]);
  const [result, setResult] = useState<BookingResult | null>(null);
  const createBookingMutation = useCreateBooking();
  const bookAnyDeskMutation = useBookAnyDesk();

  const site = pickSite(sites, searchParams.get('site'));
  const today = siteToday(site.timezone);
  const requestedDate = searchParams.get('date');
  const isPastRequest =
    requestedDate !== null &&
    isoDateSchema.safeParse(requestedDate).success &&
    requestedDate < today;
  const date =
    requestedDate !== null && isBookableDate(requestedDate, today) ? requestedDate : today;
  const availabilityQuery = useAvailability(site.id, date);
  const rulesQuery = useSiteRules(site.id);
  const nextOpenDate = useNextOpenDate(site.id, date);
  const view: BookingView =
    bookingViews.find((option) => option.id === searchParams.get('vue'))?.id ?? 'liste';
  const slot = slotSchema.safeParse(searchParams.get('creneau')).data ?? null;

  function updateSearch(next: {
    site?: string;
    date?: string;
    view?: BookingView;
    slot?: Slot | null;
  }) {
    setResult(null);
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next.site !== undefined) {
          params.set('site', next.site);
          params.delete('date');
          window.localStorage.setItem(lastSiteStorageKey, next.site);
        }
        if (next.date !== undefined) params.set('date', next.date);
        if (next.view !== undefined) params.set('vue', next.view);
        if (next.slot === null) params.delete('creneau');
        if (next.slot) params.set('creneau', next.slot);
        return params;
      },
      { replace: true },
    );
  }

  const callbacks = {
    onSuccess: (booking: Booking) => setResult({ kind: 'success', booking }),
    onError: (error: unknown) => setResult({ kind: 'error', error }),
  };

  function bookDesk(deskId: string, bookedSlot: Slot) {
    setResult(null);
    createBookingMutation.mutate({ siteId: site.id, deskId, date, slot: bookedSlot }, callbacks);
  }

  function bookAnyDesk(bookedSlot: Slot) {
    setResult(null);
    bookAnyDeskMutation.mutate({ siteId: site.id, date, slot: bookedSlot }, callbacks);
  }

  const availability = availabilityQuery.data;
  const isShowingRequestedDay = availability?.siteId === site.id && availability.date === date;
  const allGroups = availability ? groupDesksByZone(availability.desks) : [];
  const activeZone = allGroups.some((group) => group.zone === zone) ? zone : allZones;
  const matchesFilters = (desk: Availability['desks'][number]) =>
    (activeZone === allZones || desk.zone === activeZone) &&
    requiredAttributes.every((attribute) => desk.attributes.includes(attribute));
  const groups = allGroups
    .map((group) => ({ ...group, desks: group.desks.filter(matchesFilters) }))
    .filter((group) => group.desks.length > 0);
  const slotTimes = availability?.slots.find((candidate) => candidate.slot === slot);
  const visibleSlots = slotTimes ? [slotTimes] : [];
  const pendingVariables = createBookingMutation.isPending
    ? createBookingMutation.variables
    : undefined;
  // This page books day slots only; hourly bookings (`hour`) are not made from this grid.
  const pendingBooking =
    pendingVariables && pendingVariables.slot !== 'hour'
      ? { deskId: pendingVariables.deskId, slot: pendingVariables.slot }
      : undefined;
  const isBooking = createBookingMutation.isPending || bookAnyDeskMutation.isPending;
  const lastDay = rulesQuery.data ? lastBookableDate(today, rulesQuery.data) : null;
  // The site's window; a population with a longer one (rules per population) still sees its
  // free desks: the rule is told only when nothing on the day is open to the person.
  const isBeyondWindow =
    lastDay !== null &&
    date > lastDay &&
    !(availability?.desks ?? []).some((desk) =>
      Object.values(desk.states).some((state) => state === 'free' || state === 'mine'),
    );

  const deskFilters = (
    <DeskFilters
      groups={allGroups}
      activeZone={activeZone}
      onChangeZone={setZone}
      requiredAttributes={requiredAttributes}
      onChangeAttributes={setRequiredAttributes}
    />
  );

  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-2w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-5')}>
          <SiteSelect
            sites={sites}
            selectedSiteId={site.id}
            onSelectSite={(siteId) => updateSearch({ site: siteId })}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-7')}>
          <DayPicker
            date={date}
            today={today}
            nextDate={nextOpenDate}
            onChangeDate={(nextDate) => updateSearch({ date: nextDate })}
          />
        </div>
      </div>

      {isPastRequest && (
        <Alert
          severity="warning"
          small
          className={fr.cx('fr-mb-3w')}
          description={
            <>
              {texts.pastDay(format.date(requestedDate), format.date(today))}{' '}
              {nextOpenDate && (
                <Button
                  priority="tertiary no outline"
                  size="small"
                  onClick={() => updateSearch({ date: nextOpenDate })}
                >
                  {texts.nextOpenDay(format.date(nextOpenDate))}
                </Button>
              )}
            </>
          }
        />
      )}

      <SitePracticalInfo site={site} />

      <SegmentedControl
        legend={texts.viewsLegend}
        hideLegend
        className={fr.cx('fr-mb-3w')}
        segments={
          [
            bookingViews.map((option) => ({
              label: texts.views[option.label],
              nativeInputProps: {
                checked: view === option.id,
                onChange: () => updateSearch({ view: option.id }),
              },
            })),
          ].flat() as [
            { label: string; nativeInputProps: { checked: boolean; onChange: () => void } },
            { label: string; nativeInputProps: { checked: boolean; onChange: () => void } },
          ]
        }
      />

      {result && <BookingResultAlert result={result} onClose={() => setResult(null)} />}

      {view === 'calendrier' ? (
        <LazySiteAvailabilityCalendar
          siteId={site.id}
          date={date}
          today={today}
          onChangeDate={(nextDate) => updateSearch({ date: nextDate })}
          onPickSlot={(pickedDate, pickedSlot) =>
            updateSearch({ date: pickedDate, view: 'liste', slot: pickedSlot })
          }
        />
      ) : (
        <>
          <h2 className={fr.cx('fr-h4')} aria-live="polite">
            {site.name} — {format.date(date)}
            {slot && ` — ${labels.slot[slot]}`}
          </h2>

          {availabilityQuery.isPending && <LoadingState label={texts.loadingDesks} />}
          {availabilityQuery.isError && (
            <ErrorState
              error={availabilityQuery.error}
              onRetry={() => void availabilityQuery.refetch()}
            />
          )}

          {availability && !availabilityQuery.isError && (
            <div
              aria-busy={!isShowingRequestedDay}
              className={isShowingRequestedDay ? undefined : 'admz-stale'}
            >
              {!availability.isOpen ? (
                <Alert
                  severity="info"
                  title={texts.closedTitle}
                  description={
                    <>
                      {availability.closedReason ?? texts.closedReason}{' '}
                      {nextOpenDate ? (
                        <Button
                          priority="tertiary no outline"
                          size="small"
                          iconId="fr-icon-arrow-right-s-line"
                          iconPosition="right"
                          onClick={() => updateSearch({ date: nextOpenDate })}
                        >
                          {texts.nextOpenDay(format.date(nextOpenDate))}
                        </Button>
                      ) : (
                        <span>{texts.noOpeningSoon}</span>
                      )}
                    </>
                  }
                />
              ) : availability.desks.length === 0 ? (
                <EmptyState title={texts.noDesks} />
              ) : (
                <>
                  {availability.heldZones.length > 0 && (
                    <Alert
                      severity="info"
                      small
                      className={fr.cx('fr-mb-3w')}
                      description={
                        <>
                          {availability.heldZones.map((held) => (
                            <span key={`${held.eventId}-${held.zone}`} style={{ display: 'block' }}>
                              {texts.heldZoneBefore(held.zone)}
                              <Link to={`/evenements/${held.eventId}`}>
                                {texts.eventTitle(held.title)}
                              </Link>
                              {texts.heldZoneAfter(held.localStart, held.localEnd)}
                            </span>
                          ))}
                        </>
                      }
                    />
                  )}
                  {isBeyondWindow && rulesQuery.data ? (
                    <Alert
                      severity="info"
                      className={fr.cx('fr-mb-3w')}
                      title={texts.notYetOpenTitle}
                      description={
                        <>
                          {texts.notYetOpen(
                            format.bookingWindow(rulesQuery.data),
                            format.date(date),
                            format.date(bookingOpensOn(date, rulesQuery.data)),
                            format.date(lastDay ?? today),
                          )}{' '}
                          <Button
                            priority="tertiary no outline"
                            size="small"
                            onClick={() => updateSearch({ date: lastDay ?? today })}
                          >
                            {texts.seeDay(format.date(lastDay ?? today))}
                          </Button>
                        </>
                      }
                    />
                  ) : (
                    <>
                      <SlotPicker
                        slots={availability.slots}
                        desks={availability.desks}
                        value={slot}
                        onChange={(picked) => updateSearch({ slot: picked })}
                      />
                      {slot === null || !slotTimes ? (
                        <>
                          <p>{texts.chooseSlot}</p>
                          {deskFilters}
                        </>
                      ) : (
                        <SlotBooking
                          availability={availability}
                          slot={slotTimes}
                          isBooking={isBooking}
                          isPickingAnyDesk={bookAnyDeskMutation.isPending}
                          onBookAnyDesk={() => bookAnyDesk(slotTimes.slot)}
                        >
                          {(refusal) => (
                            <>
                              {deskFilters}
                              {groups.length === 0 ? (
                                <EmptyState title={texts.noMatchingDesk} />
                              ) : view === 'plan' ? (
                                <LazyFloorPlanBookingView
                                  siteId={site.id}
                                  groups={groups}
                                  slots={visibleSlots}
                                  pendingBooking={pendingBooking}
                                  onBook={bookDesk}
                                  onShowList={() => updateSearch({ view: 'liste' })}
                                />
                              ) : (
                                <DeskCardGrid
                                  desks={groups
                                    .flatMap((group) => group.desks)
                                    .filter((desk) => isShownOnSlot(desk, slotTimes.slot))}
                                  slot={slotTimes.slot}
                                  refusal={refusal}
                                  pendingDeskId={pendingBooking?.deskId}
                                  onBook={(deskId) => bookDesk(deskId, slotTimes.slot)}
                                />
                              )}
                            </>
                          )}
                        </SlotBooking>
                      )}
                    </>
                  )}
                  <JoinWaitlistPanel site={site} availability={availability} />
                  <Accordion label={texts.severalDays} titleAs="h3">
                    <BookSeveralDaysForm site={site} availability={availability} date={date} />
                  </Accordion>
                  <HourlyBookingForm site={site} availability={availability} date={date} />
                </>
              )}
            </div>
          )}
        </>
      )}
    </>
  );
}

/** The grid shows the desks one can book on the slot, and the person's own. */
function isShownOnSlot(desk: Availability['desks'][number], slot: Slot): boolean {
  return desk.states[slot] === 'free' || desk.states[slot] === 'mine';
}

function pickSite(sites: NonEmptyArray<Site>, requestedSiteId: string | null): Site {
  const rememberedSiteId = window.localStorage.getItem(lastSiteStorageKey);
  return (
    sites.find((site) => site.id === requestedSiteId) ??
    sites.find((site) => site.id === rememberedSiteId) ??
    sites[0]
  );
}

function isBookableDate(value: string, today: string): boolean {
  return isoDateSchema.safeParse(value).success && value >= today;
}
