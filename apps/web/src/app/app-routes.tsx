import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { withEnglishHalves } from '../i18n/language';
import { AccessDeniedRoute } from '../routes/access-denied-route';
import { NotFoundRoute } from '../routes/not-found-route';
import { AppLayout } from './app-layout';
import { RequireAgent } from './require-agent';
import { RedirectKeepingSearch } from './redirect-keeping-search';
import { RouteErrorBoundary } from './route-error-boundary';

// Every page loads when visited: the entry holds the layout and the router only, so the login
// screen and the booking page download no other page's code. In English, a page shows once the
// English halves of its catalogues are in too.
const PublicAgendaEmbedRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/public-agenda-embed-route')))
    .PublicAgendaEmbedRoute,
}));
const PersonalDataRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/personal-data-route'))).PersonalDataRoute,
}));
const AccessibilityStatementRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/accessibility-statement-route')))
    .AccessibilityStatementRoute,
}));
const LegalNoticeRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/legal-notice-route'))).LegalNoticeRoute,
}));
const OpenStatisticsRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/open-statistics-route'))).OpenStatisticsRoute,
}));
const PublicAgendaRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/public-agenda-route'))).PublicAgendaRoute,
}));
const GuestInvitationRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/guest-invitation-route')))
    .GuestInvitationRoute,
}));
const AccountDeletedRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/account-deleted-route'))).AccountDeletedRoute,
}));
const BookRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/book-route'))).BookRoute,
}));
const RoomsRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/rooms-route'))).RoomsRoute,
}));
const MyBookingsRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/my-bookings-route'))).MyBookingsRoute,
}));
const BookingPassRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/booking-pass-route'))).BookingPassRoute,
}));
const EventsRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/events-route'))).EventsRoute,
}));
const MyEventsRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/my-events-route'))).MyEventsRoute,
}));
const ProposeEventRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/propose-event-route'))).ProposeEventRoute,
}));
const EventArchiveRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/event-archive-route'))).EventArchiveRoute,
}));
const EventRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/event-route'))).EventRoute,
}));
const PendingEventsRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/pending-events-route'))).PendingEventsRoute,
}));
const InvitesRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/invites-route'))).InvitesRoute,
}));
const PendingGuestsRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/pending-guests-route'))).PendingGuestsRoute,
}));
const MyDataRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/my-data-route'))).MyDataRoute,
}));
const WhoIsHereRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/who-is-here-route'))).WhoIsHereRoute,
}));
const MyPassRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/my-pass-route'))).MyPassRoute,
}));
const TodayBoardRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/today-board-route'))).TodayBoardRoute,
}));
const EvacuationRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/evacuation-route'))).EvacuationRoute,
}));
const DevOutboxRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/dev-outbox-route'))).DevOutboxRoute,
}));
const SiteSettingsRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/site-settings-route'))).SiteSettingsRoute,
}));
const SiteConsoleRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/site-console-route'))).SiteConsoleRoute,
}));
const AnalyticsRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/analytics-route'))).AnalyticsRoute,
}));
const ZonePlansRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/zone-plans-route'))).ZonePlansRoute,
}));
const SitesAdminRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/sites-admin-route'))).SitesAdminRoute,
}));
const HostsRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/hosts-route'))).HostsRoute,
}));
const AuditRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/audit-route'))).AuditRoute,
}));
const KiosksRoute = lazy(async () => ({
  default: (await withEnglishHalves(import('../routes/kiosks-route'))).KiosksRoute,
}));

/** The app's pages by address, inside a `BrowserRouter` (main.tsx). */
export function AppRoutes() {
  return (
    <RouteErrorBoundary>
      <Routes>
        {/* The one page other sites may frame (see the API's security headers): no header, no
            footer. Loaded directly, it shows nothing for the few milliseconds its code takes. */}
        <Route
          path="agenda/integrer"
          element={
            <Suspense fallback={null}>
              <PublicAgendaEmbedRoute />
            </Suspense>
          }
        />
        <Route element={<AppLayout />}>
          <Route path="acces-refuse" element={<AccessDeniedRoute />} />
          {/* Public: readable without logging in. */}
          <Route path="donnees-personnelles" element={<PersonalDataRoute />} />
          <Route path="declaration-d-accessibilite" element={<AccessibilityStatementRoute />} />
          <Route path="mentions-legales" element={<LegalNoticeRoute />} />
          <Route path="statistiques" element={<OpenStatisticsRoute />} />
          <Route path="agenda" element={<PublicAgendaRoute />} />
          {/* The guest's page: the secret link of their mail is the credential, no login. */}
          <Route path="invitation/:secret" element={<GuestInvitationRoute />} />
          <Route path="compte-supprime" element={<AccountDeletedRoute />} />
          <Route element={<RequireAgent />}>
            <Route index element={<BookRoute />} />
            <Route path="reserver" element={<BookRoute />} />
            <Route path="salles" element={<RoomsRoute />} />
            <Route path="mes-reservations" element={<MyBookingsRoute />} />
            <Route path="reservations/:bookingId/qr" element={<BookingPassRoute />} />
            <Route path="evenements" element={<EventsRoute />} />
            <Route path="mes-evenements" element={<MyEventsRoute />} />
            <Route path="evenements/proposer" element={<ProposeEventRoute />} />
            <Route path="evenements/archives" element={<EventArchiveRoute />} />
            <Route path="evenements/:eventId" element={<EventRoute />} />
            <Route path="evenements-a-valider" element={<PendingEventsRoute />} />
            <Route path="invites" element={<InvitesRoute />} />
            <Route path="invitations-a-valider" element={<PendingGuestsRoute />} />
            <Route path="mes-donnees" element={<MyDataRoute />} />
            <Route path="qui-est-la" element={<WhoIsHereRoute />} />
            <Route path="mon-pass" element={<MyPassRoute />} />
            {/* The old « Accueil du tiers-lieu » page is part of today's board: bookmarks still
                work. */}
            <Route path="accueil" element={<RedirectKeepingSearch to="/tableau-du-jour" />} />
            <Route path="tableau-du-jour" element={<TodayBoardRoute />} />
            <Route path="evacuation" element={<EvacuationRoute />} />
            <Route path="dev/boite-mail" element={<DevOutboxRoute />} />
            <Route path="parametres-du-site" element={<SiteSettingsRoute />} />
            <Route path="postes-et-zones" element={<SiteConsoleRoute />} />
            <Route path="statistiques-du-site" element={<AnalyticsRoute />} />
            <Route path="plans-des-zones" element={<ZonePlansRoute />} />
            <Route path="sites-du-reseau" element={<SitesAdminRoute />} />
            <Route path="gestionnaires" element={<HostsRoute />} />
            <Route path="journal-des-actions" element={<AuditRoute />} />
            <Route path="bornes-d-accueil" element={<KiosksRoute />} />
          </Route>
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </RouteErrorBoundary>
  );
}
