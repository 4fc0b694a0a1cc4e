import {
  addDaysToIsoDate,
  deskAttributeLabels,
  deskAttributeSchema,
  formatFrenchDate,
  isoDateSchema,
  siteToday,
  slotLabels,
  slotSchema,
  type DeskAttribute,
  type Site,
  type Slot,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { isNonEmpty, type NonEmptyArray } from '../../../lib/non-empty';
import { DayPicker } from '../../sites/components/day-picker';
import { SitePracticalInfo } from '../../sites/components/site-practical-info';
import { SiteSelect } from '../../sites/components/site-select';
import { countFreeDesks, groupDesksByZone } from '../../sites/group-desks-by-zone';
import { useAvailability } from '../../sites/hooks/use-availability';
import { useSites } from '../../sites/hooks/use-sites';
import { useCreateBooking } from '../hooks/use-create-booking';
import { FloorPlanBookingView } from '../../floor-plans/components/floor-plan-booking-view';
import { BookingResultAlert, type BookingResult } from './booking-result-alert';
import { SiteAvailabilityCalendar } from './site-availability-calendar';
import { ZoneDesksTable } from './zone-desks-table';
import { BookSeveralDaysForm } from '../../booking-series/components/book-several-days-form';
import { JoinWaitlistPanel } from '../../waitlist/components/join-waitlist-panel';
import { HourlyBookingForm } from '../../hourly-booking/components/hourly-booking-form';

/** The site last chosen on the booking page; « Qui est là ? » opens on it too. */
export const lastSiteStorageKey = 'admz.lastSiteId';
const allZones = '';
const bookingViews = [
  { id: 'liste', label: 'Liste des postes' },
  { id: 'calendrier', label: 'Calendrier' },
  { id: 'plan', label: 'Plan' },
] as const;
type BookingView = (typeof bookingViews)[number]['id'];

export function BookDeskView() {
  const sitesQuery = useSites();

  if (sitesQuery.isPending) return <LoadingState label="Chargement des tiers-lieux…" />;
  if (sitesQuery.isError) {
    return <ErrorState error={sitesQuery.error} onRetry={() => void sitesQuery.refetch()} />;
  }
  const sites = sitesQuery.data;
  if (!isNonEmpty(sites)) {
    return (
      <EmptyState title="Aucun tiers-lieu n'est encore ouvert à la réservation.">
        <p className={fr.cx('fr-mb-0')}>
          Revenez bientôt : les premiers sites sont en préparation.
        </p>
      </EmptyState>
    );
  }
  return <SiteAvailability sites={sites} />;
}

function SiteAvailability({ sites }: { sites: NonEmptyArray<Site> }) {
  const [searchParams, setSearchParams] = useSearchParams();
  // « Réserver près de cette personne » opens the page on a zone (`?zone=`); an unknown one is ignored.
  const [zone, setZone] = useState(() => searchParams.get('zone') ?? allZones);
  const [requiredAttributes, setRequiredAttributes] = useState<DeskAttribute[]>([]);
  const [result, setResult] = useState<BookingResult | null>(null);
  const createBookingMutation = useCreateBooking();

  const site = pickSite(sites, searchParams.get('site'));
  const today = siteToday(site.timezone);
  const requestedDate = searchParams.get('date');
  const date =
    requestedDate !== null && isBookableDate(requestedDate, today) ? requestedDate : today;
  const availabilityQuery = useAvailability(site.id, date);
  const view: BookingView =
    bookingViews.find((option) => option.id === searchParams.get('vue'))?.id ?? 'liste';
  const slotFilter = slotSchema.safeParse(searchParams.get('creneau')).data ?? null;

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

  function bookDesk(deskId: string, slot: Slot) {
    setResult(null);
    createBookingMutation.mutate(
      { siteId: site.id, deskId, date, slot },
      {
        onSuccess: (booking) => setResult({ kind: 'success', booking }),
        onError: (error) => setResult({ kind: 'error', error }),
      },
    );
  }

  const availability = availabilityQuery.data;
  const isShowingRequestedDay = availability?.siteId === site.id && availability.date === date;
  const allGroups = availability ? groupDesksByZone(availability.desks) : [];
  const activeZone = allGroups.some((group) => group.zone === zone) ? zone : allZones;
  const groups = (
    activeZone === allZones ? allGroups : allGroups.filter((group) => group.zone === activeZone)
  )
    .map((group) => ({
      ...group,
      desks: group.desks.filter((desk) =>
        requiredAttributes.every((attribute) => desk.attributes.includes(attribute)),
      ),
    }))
    .filter((group) => group.desks.length > 0);
  const visibleSlots = availability
    ? availability.slots.filter((slot) => slotFilter === null || slot.slot === slotFilter)
    : [];
  const pendingVariables = createBookingMutation.isPending
    ? createBookingMutation.variables
    : undefined;
  // This page books day slots only; hourly bookings (`hour`) are not made from this table.
  const pendingBooking =
    pendingVariables && pendingVariables.slot !== 'hour'
      ? { deskId: pendingVariables.deskId, slot: pendingVariables.slot }
      : undefined;

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
            onChangeDate={(nextDate) => updateSearch({ date: nextDate })}
          />
        </div>
      </div>

      <SitePracticalInfo site={site} />

      <SegmentedControl
        legend="Affichage"
        hideLegend
        className={fr.cx('fr-mb-3w')}
        segments={
          [
            bookingViews.map((option) => ({
              label: option.label,
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
        <SiteAvailabilityCalendar
          siteId={site.id}
          date={date}
          today={today}
          onChangeDate={(nextDate) => updateSearch({ date: nextDate })}
          onPickSlot={(pickedDate, slot) => updateSearch({ date: pickedDate, view: 'liste', slot })}
        />
      ) : (
        <>
          <h2 className={fr.cx('fr-h4')} aria-live="polite">
            {site.name} — {formatFrenchDate(date)}
            {slotFilter && ` — ${slotLabels[slotFilter]}`}
          </h2>
          {slotFilter && (
            <p>
              Postes pour le créneau « {slotLabels[slotFilter]} ».{' '}
              <Button
                priority="tertiary no outline"
                size="small"
                onClick={() => updateSearch({ slot: null })}
              >
                Voir tous les créneaux
              </Button>
            </p>
          )}

          {availabilityQuery.isPending && <LoadingState label="Chargement des postes…" />}
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
                  title="Le tiers-lieu est fermé ce jour-là"
                  description={
                    <>
                      {availability.closedReason ?? "Aucune ouverture n'est prévue ce jour-là."}{' '}
                      <Button
                        priority="tertiary no outline"
                        size="small"
                        iconId="fr-icon-arrow-right-s-line"
                        iconPosition="right"
                        onClick={() => updateSearch({ date: addDaysToIsoDate(date, 1) })}
                      >
                        Voir le jour suivant
                      </Button>
                    </>
                  }
                />
              ) : availability.desks.length === 0 ? (
                <EmptyState title="Aucun poste n'est réservable sur ce site pour le moment." />
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
                              La zone {held.zone} accueille{' '}
                              <Link to={`/evenements/${held.eventId}`}>« {held.title} »</Link> de{' '}
                              {held.localStart} à {held.localEnd} : ses postes ne se réservent pas
                              sur ce créneau.
                            </span>
                          ))}
                        </>
                      }
                    />
                  )}
                  <div
                    className={fr.cx(
                      'fr-grid-row',
                      'fr-grid-row--gutters',
                      'fr-grid-row--bottom',
                      'fr-mb-3w',
                    )}
                  >
                    <div className={fr.cx('fr-col-12', 'fr-col-md-5')}>
                      <Select
                        label="Zone"
                        nativeSelectProps={{
                          value: activeZone,
                          onChange: (event) => setZone(event.target.value),
                          name: 'zone',
                        }}
                      >
                        <option value={allZones}>Toutes les zones</option>
                        {allGroups.map((group) => (
                          <option key={group.zone} value={group.zone}>
                            {group.zone}
                          </option>
                        ))}
                      </Select>
                    </div>
                    <div className={fr.cx('fr-col-12', 'fr-col-md-7')}>
                      <p className={fr.cx('fr-mb-3w')}>
                        {describeFreeDesks(
                          countFreeDesks(availability.desks),
                          availability.desks.length,
                        )}
                      </p>
                    </div>
                  </div>
                  <Checkbox
                    legend="Équipements souhaités"
                    orientation="horizontal"
                    small
                    options={deskAttributeSchema.options.map((attribute) => ({
                      label: deskAttributeLabels[attribute],
                      nativeInputProps: {
                        name: 'attributes',
                        value: attribute,
                        checked: requiredAttributes.includes(attribute),
                        onChange: (event) =>
                          setRequiredAttributes((current) =>
                            event.target.checked
                              ? [...current, attribute]
                              : current.filter((candidate) => candidate !== attribute),
                          ),
                      },
                    }))}
                  />
                  {groups.length === 0 ? (
                    <EmptyState title="Aucun poste ne correspond à ces critères." />
                  ) : view === 'plan' ? (
                    <FloorPlanBookingView
                      siteId={site.id}
                      groups={groups}
                      slots={visibleSlots}
                      pendingBooking={pendingBooking}
                      onBook={bookDesk}
                      onShowList={() => updateSearch({ view: 'liste' })}
                    />
                  ) : (
                    groups.map((group) => (
                      <ZoneDesksTable
                        key={group.zone}
                        group={group}
                        slots={visibleSlots}
                        pendingBooking={pendingBooking}
                        onBook={bookDesk}
                      />
                    ))
                  )}
                  <JoinWaitlistPanel site={site} availability={availability} />
                  <Accordion label="Réserver plusieurs jours" titleAs="h3">
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

function describeFreeDesks(freeCount: number, total: number): string {
  if (freeCount === 0) return `Tous les postes sont pris ce jour-là (${total} postes).`;
  if (freeCount === 1) return `1 poste sur ${total} a encore un créneau libre.`;
  return `${freeCount} postes sur ${total} ont encore un créneau libre.`;
}
