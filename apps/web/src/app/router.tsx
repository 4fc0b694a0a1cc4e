import { createBrowserRouter } from 'react-router';
import { AccessDeniedRoute } from '../routes/access-denied-route';
import { BookRoute } from '../routes/book-route';
import { NotFoundRoute } from '../routes/not-found-route';
import { AppLayout } from './app-layout';
import { RequireAgent } from './require-agent';
import { RedirectKeepingSearch } from './redirect-keeping-search';
import { RouteErrorPage } from './route-error-page';

/**
 * What shows while the first page's code loads on a direct visit (a bookmark, a reload): nothing,
 * for the split second it takes. React Router warns on every direct load when a route tree has
 * no fallback, and it ignores a `hydrateFallbackElement` of `null`: a component it is.
 */
function NothingWhileLoading() {
  return null;
}

// The booking page loads first; heavier pages (calendar, host table) load when visited.
export const router = createBrowserRouter([
  // The one page other sites may frame (see the API's security headers): no header, no footer.
  {
    path: 'agenda/integrer',
    errorElement: <RouteErrorPage />,
    HydrateFallback: NothingWhileLoading,
    lazy: async () => ({
      Component: (await import('../routes/public-agenda-embed-route')).PublicAgendaEmbedRoute,
    }),
  },
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    HydrateFallback: NothingWhileLoading,
    children: [
      { path: 'acces-refuse', element: <AccessDeniedRoute /> },
      // Public: readable without logging in.
      {
        path: 'donnees-personnelles',
        lazy: async () => ({
          Component: (await import('../routes/personal-data-route')).PersonalDataRoute,
        }),
      },
      {
        path: 'declaration-d-accessibilite',
        lazy: async () => ({
          Component: (await import('../routes/accessibility-statement-route'))
            .AccessibilityStatementRoute,
        }),
      },
      {
        path: 'mentions-legales',
        lazy: async () => ({
          Component: (await import('../routes/legal-notice-route')).LegalNoticeRoute,
        }),
      },
      {
        path: 'statistiques',
        lazy: async () => ({
          Component: (await import('../routes/open-statistics-route')).OpenStatisticsRoute,
        }),
      },
      {
        path: 'agenda',
        lazy: async () => ({
          Component: (await import('../routes/public-agenda-route')).PublicAgendaRoute,
        }),
      },
      {
        // The guest's page: the secret link of their mail is the credential, no login.
        path: 'invitation/:secret',
        lazy: async () => ({
          Component: (await import('../routes/guest-invitation-route')).GuestInvitationRoute,
        }),
      },
      {
        path: 'compte-supprime',
        lazy: async () => ({
          Component: (await import('../routes/account-deleted-route')).AccountDeletedRoute,
        }),
      },
      {
        element: <RequireAgent />,
        children: [
          { index: true, element: <BookRoute /> },
          { path: 'reserver', element: <BookRoute /> },
          {
            path: 'salles',
            lazy: async () => ({
              Component: (await import('../routes/rooms-route')).RoomsRoute,
            }),
          },
          {
            path: 'mes-reservations',
            lazy: async () => ({
              Component: (await import('../routes/my-bookings-route')).MyBookingsRoute,
            }),
          },
          {
            path: 'reservations/:bookingId/qr',
            lazy: async () => ({
              Component: (await import('../routes/booking-pass-route')).BookingPassRoute,
            }),
          },
          {
            path: 'evenements',
            lazy: async () => ({
              Component: (await import('../routes/events-route')).EventsRoute,
            }),
          },
          {
            path: 'mes-evenements',
            lazy: async () => ({
              Component: (await import('../routes/my-events-route')).MyEventsRoute,
            }),
          },
          {
            path: 'evenements/proposer',
            lazy: async () => ({
              Component: (await import('../routes/propose-event-route')).ProposeEventRoute,
            }),
          },
          {
            path: 'evenements/archives',
            lazy: async () => ({
              Component: (await import('../routes/event-archive-route')).EventArchiveRoute,
            }),
          },
          {
            path: 'evenements/:eventId',
            lazy: async () => ({
              Component: (await import('../routes/event-route')).EventRoute,
            }),
          },
          {
            path: 'evenements-a-valider',
            lazy: async () => ({
              Component: (await import('../routes/pending-events-route')).PendingEventsRoute,
            }),
          },
          {
            path: 'invites',
            lazy: async () => ({
              Component: (await import('../routes/invites-route')).InvitesRoute,
            }),
          },
          {
            path: 'invitations-a-valider',
            lazy: async () => ({
              Component: (await import('../routes/pending-guests-route')).PendingGuestsRoute,
            }),
          },
          {
            path: 'mes-donnees',
            lazy: async () => ({
              Component: (await import('../routes/my-data-route')).MyDataRoute,
            }),
          },
          {
            path: 'qui-est-la',
            lazy: async () => ({
              Component: (await import('../routes/who-is-here-route')).WhoIsHereRoute,
            }),
          },
          {
            path: 'mon-pass',
            lazy: async () => ({
              Component: (await import('../routes/my-pass-route')).MyPassRoute,
            }),
          },
          // The old « Accueil du tiers-lieu » page is part of today's board: bookmarks still work.
          { path: 'accueil', element: <RedirectKeepingSearch to="/tableau-du-jour" /> },
          {
            path: 'tableau-du-jour',
            lazy: async () => ({
              Component: (await import('../routes/today-board-route')).TodayBoardRoute,
            }),
          },
          {
            path: 'evacuation',
            lazy: async () => ({
              Component: (await import('../routes/evacuation-route')).EvacuationRoute,
            }),
          },
          {
            path: 'dev/boite-mail',
            lazy: async () => ({
              Component: (await import('../routes/dev-outbox-route')).DevOutboxRoute,
            }),
          },
          {
            path: 'parametres-du-site',
            lazy: async () => ({
              Component: (await import('../routes/site-settings-route')).SiteSettingsRoute,
            }),
          },
          {
            path: 'postes-et-zones',
            lazy: async () => ({
              Component: (await import('../routes/site-console-route')).SiteConsoleRoute,
            }),
          },
          {
            path: 'statistiques-du-site',
            lazy: async () => ({
              Component: (await import('../routes/analytics-route')).AnalyticsRoute,
            }),
          },
          {
            path: 'plans-des-zones',
            lazy: async () => ({
              Component: (await import('../routes/zone-plans-route')).ZonePlansRoute,
            }),
          },
          {
            path: 'sites-du-reseau',
            lazy: async () => ({
              Component: (await import('../routes/sites-admin-route')).SitesAdminRoute,
            }),
          },
          {
            path: 'gestionnaires',
            lazy: async () => ({
              Component: (await import('../routes/hosts-route')).HostsRoute,
            }),
          },
          {
            path: 'journal-des-actions',
            lazy: async () => ({
              Component: (await import('../routes/audit-route')).AuditRoute,
            }),
          },
          {
            path: 'bornes-d-accueil',
            lazy: async () => ({
              Component: (await import('../routes/kiosks-route')).KiosksRoute,
            }),
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
