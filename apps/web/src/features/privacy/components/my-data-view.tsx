import {
  countOf,
  guestInvitationStatusLabels,
  auditKindLabels,
  bookingStatusLabels,
  eventStatusLabels,
  formatFrenchDate,
  formatFrenchMonth,
  formatSiteTime,
  isoWeekdayLabels,
  registrationModeLabels,
  slotLabels,
  waitlistStatusLabels,
  type MyData,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import type { ReactNode } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { formatDateTimeInTimezone, getBrowserTimezone } from '../../../lib/date-time';
import { useMyData } from '../hooks/use-my-data';
import { myDataDownloadUrl } from '../privacy.api';
import { DeleteAccountSection } from './delete-account-section';

const roleLabels: Record<MyData['siteRoles'][number]['role'], string> = {
  host: 'Gestionnaire',
  key_holder: "Détenteur ou détentrice d'une clé (horaires étendus)",
};
const offlineOutcomeLabels: Record<MyData['offlineScans'][number]['outcome'], string> = {
  applied: 'Arrivée enregistrée',
  already_checked_in: 'Déjà arrivé·e',
  refused: 'Refusé',
};

const registrationStatusLabels: Record<MyData['eventRegistrations'][number]['status'], string> = {
  registered: 'inscrit·e',
  waiting: "en liste d'attente",
  cancelled: 'désinscrit·e',
};

/** An instant tied to no site (a login, an export), on the person's own clock. */
const formatInstant = (isoInstant: string) =>
  formatDateTimeInTimezone(isoInstant, getBrowserTimezone());

/** « Mes données »: everything AdmZ holds about me, readable, downloadable, and erasable. */
export function MyDataView() {
  const dataQuery = useMyData();
  return (
    <>
      <p className={fr.cx('fr-text--lead')}>
        Tout ce qu'AdmZ garde à votre sujet, tel qu'enregistré. Vous pouvez le télécharger dans un
        fichier (JSON, lisible par un programme) ou supprimer votre compte.
      </p>
      <ul
        className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}
      >
        <li>
          <Button
            iconId="fr-icon-download-line"
            linkProps={{
              to: myDataDownloadUrl,
              reloadDocument: true,
              download: 'admz-mes-donnees.json',
            }}
          >
            Télécharger mes données (JSON)
          </Button>
        </li>
        <li>
          <Button
            priority="secondary"
            iconId="fr-icon-shield-line"
            linkProps={{ to: '/donnees-personnelles' }}
          >
            Pourquoi et combien de temps
          </Button>
        </li>
      </ul>

      {dataQuery.isPending && <LoadingState label="Chargement de vos données…" />}
      {dataQuery.isError && (
        <ErrorState error={dataQuery.error} onRetry={() => void dataQuery.refetch()} />
      )}
      {dataQuery.data && <MyDataSections data={dataQuery.data} />}
    </>
  );
}

function DataSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={fr.cx('fr-mt-5w')}>
      <h2 id={id} className={fr.cx('fr-h4')}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Field({ label, value }: { label: string; value: string | null }) {
  return (
    <li>
      <strong>{label}</strong> : {value ?? '—'}
    </li>
  );
}

function MyDataSections({ data }: { data: MyData }) {
  const { identity } = data;
  const bookings = [...data.bookings].reverse();
  return (
    <>
      <DataSection id="my-identity" title="Mon identité (transmise par ProConnect)">
        <ul>
          <Field label="Prénom" value={identity.givenName} />
          <Field label="Nom d'usage" value={identity.usualName} />
          <Field label="Adresse électronique" value={identity.email} />
          <Field label="Organisation" value={identity.organizationLabel} />
          <Field label="SIRET" value={identity.siret} />
          <Field label="Identifiant chez votre fournisseur d'identité (uid)" value={identity.uid} />
          <Field label="Fournisseur d'identité" value={identity.idpId} />
          <Field label="Identifiant ProConnect (sub)" value={identity.sub} />
          <Field label="Compte créé le" value={formatInstant(identity.createdAt)} />
          <Field
            label="Dernière connexion"
            value={identity.lastLoginAt ? formatInstant(identity.lastLoginAt) : null}
          />
          <Field label="Administrateur AdmZ" value={identity.isAdmin ? 'oui' : 'non'} />
        </ul>
        <p className={fr.cx('fr-text--sm')}>
          Une erreur ? Ces informations viennent de votre administration par ProConnect : faites-la
          corriger auprès d'elle, AdmZ les reprend à votre prochaine connexion.
        </p>
      </DataSection>

      <DataSection id="my-roles" title="Mes rôles et mon poste attribué">
        {data.siteRoles.length === 0 && data.assignedDesks.length === 0 ? (
          <p>Aucun rôle, aucun poste attribué.</p>
        ) : (
          <ul>
            {data.siteRoles.map((role) => (
              <li key={`${role.siteId}-${role.role}`}>
                {roleLabels[role.role]} — {role.siteName}
              </li>
            ))}
            {data.assignedDesks.map((desk) => (
              <li key={`${desk.siteName}-${desk.deskLabel}`}>
                Poste attribué : {desk.deskLabel} ({desk.zone}), {desk.siteName}
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      <DataSection id="my-bookings-data" title={`Mes réservations (${bookings.length})`}>
        {bookings.length === 0 ? (
          <p>Aucune réservation.</p>
        ) : (
          <Table
            caption="Mes réservations, les plus récentes d'abord"
            noCaption
            headers={['Date', 'Créneau', 'Lieu et poste', 'Statut', 'Arrivée', 'Départ']}
            data={bookings.map((booking) => {
              const at = (isoInstant: string | null) =>
                isoInstant ? formatSiteTime(isoInstant, booking.siteTimezone) : '—';
              return [
                formatFrenchDate(booking.date),
                `${slotLabels[booking.slot]} (${at(booking.startsAt)} – ${at(booking.endsAt)})`,
                `${booking.siteName}, poste ${booking.deskLabel} (${booking.zone})`,
                `${bookingStatusLabels[booking.status]}${booking.isWalkIn ? ' — sans réservation, à la borne' : ''}`,
                booking.checkedInAt
                  ? `${at(booking.checkedInAt)}${booking.checkedInKioskName ? ` (${booking.checkedInKioskName})` : ''}`
                  : '—',
                at(booking.checkedOutAt),
              ];
            })}
          />
        )}
        <p className={fr.cx('fr-text--sm')}>
          Les heures d'arrivée et de départ sont effacées {data.retention.presenceMonths} mois après
          le créneau ; les réservations ne vous sont plus rattachées après{' '}
          {data.retention.bookingsMonths} mois.
        </p>
      </DataSection>

      <DataSection id="my-series" title="Mes séries de réservations">
        {data.bookingSeries.length === 0 ? (
          <p>Aucune série.</p>
        ) : (
          <ul>
            {data.bookingSeries.map((series) => (
              <li key={series.id}>
                {series.siteName}, poste {series.deskLabel}, {slotLabels[series.slot]} —{' '}
                {series.weekdays.map((weekday) => isoWeekdayLabels[weekday]).join(', ')}, du{' '}
                {formatFrenchDate(series.from)} au {formatFrenchDate(series.until)}
                {series.cancelledAt ? ' (annulée)' : ''}
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      <DataSection id="my-waitlists" title="Mes listes d'attente">
        {data.waitlistEntries.length === 0 ? (
          <p>Aucune inscription.</p>
        ) : (
          <ul>
            {data.waitlistEntries.map((entry) => (
              <li key={entry.id}>
                {entry.siteName}, {formatFrenchDate(entry.date)}, {slotLabels[entry.slot]}
                {entry.zone ? ` (zone ${entry.zone})` : ''} — {waitlistStatusLabels[entry.status]}
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      <DataSection id="my-event-registrations" title="Mes inscriptions aux événements">
        {data.eventRegistrations.length === 0 ? (
          <p>Aucune inscription.</p>
        ) : (
          <ul>
            {data.eventRegistrations.map((registration) => (
              <li key={`${registration.eventTitle}-${registration.createdAt}`}>
                « {registration.eventTitle} », {registration.siteName},{' '}
                {formatFrenchDate(registration.date)} — {registrationModeLabels[registration.mode]},{' '}
                {registrationStatusLabels[registration.status]} (le{' '}
                {formatInstant(registration.createdAt)}
                {registration.cancelledAt
                  ? `, désinscription le ${formatInstant(registration.cancelledAt)}`
                  : ''}
                )
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      <DataSection id="my-guest-invitations" title="Les personnes que j'ai invitées">
        {data.guestInvitations.length === 0 ? (
          <p>Aucune invitation.</p>
        ) : (
          <ul>
            {data.guestInvitations.map((invitation) => (
              <li key={`${invitation.siteName}-${invitation.date}-${invitation.createdAt}`}>
                {invitation.guestName ?? 'Personne invitée (données effacées)'}
                {invitation.organisation ? ` (${invitation.organisation})` : ''},{' '}
                {invitation.siteName}, {formatFrenchDate(invitation.date)} —{' '}
                {guestInvitationStatusLabels[invitation.status]}
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      <DataSection id="my-event-proposals" title="Les événements que j'ai proposés">
        {data.eventProposals.length === 0 ? (
          <p>Aucune proposition.</p>
        ) : (
          <ul>
            {data.eventProposals.map((proposal) => (
              <li key={`${proposal.title}-${proposal.createdAt}`}>
                « {proposal.title} », {proposal.siteName}, {formatFrenchDate(proposal.date)} —{' '}
                {eventStatusLabels[proposal.status]}
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      <DataSection id="my-room-bookings" title="Mes réservations de salle">
        {data.roomBookings.length === 0 ? (
          <p>Aucune réservation de salle.</p>
        ) : (
          <ul>
            {data.roomBookings.map((booking) => (
              <li key={booking.id}>
                « {booking.title} », {booking.roomName}, {booking.siteName},{' '}
                {formatFrenchDate(booking.date)}, {countOf(booking.headcount, 'personne')} —{' '}
                {booking.status === 'confirmed' ? 'confirmée' : 'annulée'}
                {booking.attendeeEmails.length > 0
                  ? ` ; personnes nommées : ${booking.attendeeEmails.join(', ')}`
                  : ''}
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      <DataSection id="my-offline-scans" title="Mes passages enregistrés par une borne hors ligne">
        {data.offlineScans.length === 0 ? (
          <p>Aucun passage.</p>
        ) : (
          <ul>
            {data.offlineScans.map((scan) => (
              <li key={`${scan.kioskName}-${scan.scannedAt}`}>
                {formatInstant(scan.scannedAt)}, {scan.kioskName} —{' '}
                {offlineOutcomeLabels[scan.outcome]}
                {scan.message ? ` : ${scan.message}` : ''}
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      {data.statisticsMonths.length > 0 && (
        <DataSection id="my-statistics-months" title="Mes venues dans les statistiques">
          <p>
            Une fois le mois fini, les statistiques des sites comptent vos jours de venue par mois ;
            ce décompte est anonymisé avec vos réservations.
          </p>
          <ul>
            {data.statisticsMonths.map((month) => (
              <li key={`${month.siteName}-${month.month}`}>
                {month.siteName}, {formatFrenchMonth(month.month)} :{' '}
                {month.visitDays === 1 ? '1 jour' : `${month.visitDays} jours`}, du{' '}
                {formatFrenchDate(month.firstDay)} au {formatFrenchDate(month.lastDay)}
              </li>
            ))}
          </ul>
        </DataSection>
      )}

      <DataSection id="my-access" title="Mon lien d'agenda et mes connexions">
        <ul>
          <li>
            Lien d'agenda :{' '}
            {data.calendarFeed.isActive
              ? `actif${data.calendarFeed.createdAt ? ` depuis le ${formatInstant(data.calendarFeed.createdAt)}` : ''} (AdmZ n'en garde qu'une empreinte)`
              : 'aucun'}
          </li>
          {data.sessions.map((session) => (
            <li key={session.createdAt}>
              Connexion du {formatInstant(session.createdAt)}, valable jusqu'au{' '}
              {formatInstant(session.expiresAt)}
              {session.isCurrent ? ' (cet appareil)' : ''}
            </li>
          ))}
        </ul>
      </DataSection>

      {data.keptMails.length > 0 && (
        <DataSection id="my-mails" title="Mails conservés (sans serveur de messagerie)">
          <p>
            Sans serveur de messagerie configuré, AdmZ garde ses mails au lieu de les envoyer,{' '}
            {countOf(data.retention.outboxDays, 'jour')} au plus :
          </p>
          <ul>
            {data.keptMails.map((mail) => (
              <li key={`${mail.createdAt}-${mail.subject}`}>
                {formatInstant(mail.createdAt)} — {mail.subject}
              </li>
            ))}
          </ul>
        </DataSection>
      )}

      {data.auditEvents.length > 0 && (
        <DataSection id="my-audit-events" title="Journal des actions de gestion">
          <p>
            Les actions de gestion que vous avez faites, et celles qui vous concernent (vous nommer
            gestionnaire, détenteur de clé, vous attribuer un poste) :
          </p>
          <ul>
            {data.auditEvents.map((event) => (
              <li key={`${event.at}-${event.kind}-${event.subject}`}>
                {formatInstant(event.at)} — {auditKindLabels[event.kind]}
                {event.siteName ? ` (${event.siteName})` : ''} : {event.subject}
                {event.role === 'actor' ? ' — par vous' : ' — vous concerne'}
              </li>
            ))}
          </ul>
        </DataSection>
      )}

      <DeleteAccountSection data={data} />
    </>
  );
}
