import { formatSiteTime, type MyData } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import type { ReactNode } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useAuditLabels } from '../../../i18n/audit-labels.messages';
import { useDomainLabels } from '../../../i18n/domain-labels.messages';
import { useEventLabels } from '../../../i18n/event-labels.messages';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { getBrowserTimezone } from '../../../lib/date-time';
import { useMyData } from '../hooks/use-my-data';
import { myDataDownloadUrl } from '../privacy.api';
import { privacyMessages } from '../privacy.messages';
import { DeleteAccountSection } from './delete-account-section';

/** « Mes données »: everything AdmZ holds about me, readable, downloadable, and erasable. */
export function MyDataView() {
  const { myData: messages } = useMessages(privacyMessages);
  const dataQuery = useMyData();
  return (
    <>
      <p className={fr.cx('fr-text--lead')}>{messages.lead}</p>
      <ul
        className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}
      >
        <li>
          <Button
            iconId="fr-icon-download-line"
            linkProps={{
              to: myDataDownloadUrl,
              reloadDocument: true,
              download: messages.downloadFileName,
            }}
          >
            {messages.download}
          </Button>
        </li>
        <li>
          <Button
            priority="secondary"
            iconId="fr-icon-shield-line"
            linkProps={{ to: '/donnees-personnelles' }}
          >
            {messages.why}
          </Button>
        </li>
      </ul>

      {dataQuery.isPending && <LoadingState label={messages.loading} />}
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
  const { myData: messages } = useMessages(privacyMessages);
  return (
    <li>
      <strong>{label}</strong>
      {messages.colon}
      {value ?? messages.none}
    </li>
  );
}

function MyDataSections({ data }: { data: MyData }) {
  const { myData: messages } = useMessages(privacyMessages);
  const labels = { ...useAuditLabels(), ...useDomainLabels(), ...useEventLabels() };
  const format = useFormat();
  /** An instant tied to no site (a login, an export), on the person's own clock. */
  const formatInstant = (isoInstant: string) => format.dateTime(isoInstant, getBrowserTimezone());
  const { identity } = data;
  const bookings = [...data.bookings].reverse();
  const headers = messages.bookingsHeaders;
  return (
    <>
      <DataSection id="my-identity" title={messages.identityTitle}>
        <ul>
          <Field label={messages.givenName} value={identity.givenName} />
          <Field label={messages.usualName} value={identity.usualName} />
          <Field label={messages.email} value={identity.email} />
          <Field label={messages.organisation} value={identity.organizationLabel} />
          <Field label={messages.siret} value={identity.siret} />
          <Field label={messages.uid} value={identity.uid} />
          <Field label={messages.idp} value={identity.idpId} />
          <Field label={messages.sub} value={identity.sub} />
          <Field label={messages.createdAt} value={formatInstant(identity.createdAt)} />
          <Field
            label={messages.lastLogin}
            value={identity.lastLoginAt ? formatInstant(identity.lastLoginAt) : null}
          />
          <Field label={messages.isAdmin} value={identity.isAdmin ? messages.yes : messages.no} />
        </ul>
        <p className={fr.cx('fr-text--sm')}>{messages.identityMistake}</p>
      </DataSection>

      <DataSection id="my-roles" title={messages.rolesTitle}>
        {data.siteRoles.length === 0 && data.assignedDesks.length === 0 ? (
          <p>{messages.noRoles}</p>
        ) : (
          <ul>
            {data.siteRoles.map((role) => (
              <li key={`${role.siteId}-${role.role}`}>
                {messages.role(messages.roles[role.role], role.siteName)}
              </li>
            ))}
            {data.assignedDesks.map((desk) => (
              <li key={`${desk.siteName}-${desk.deskLabel}`}>
                {messages.assignedDesk(desk.deskLabel, desk.zone, desk.siteName)}
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      <DataSection id="my-bookings-data" title={messages.bookingsTitle(bookings.length)}>
        {bookings.length === 0 ? (
          <p>{messages.noBookings}</p>
        ) : (
          <Table
            caption={messages.bookingsCaption}
            noCaption
            headers={[
              headers.date,
              headers.slot,
              headers.place,
              headers.status,
              headers.checkIn,
              headers.checkOut,
            ]}
            data={bookings.map((booking) => {
              const at = (isoInstant: string | null) =>
                isoInstant ? formatSiteTime(isoInstant, booking.siteTimezone) : '—';
              return [
                format.date(booking.date),
                `${labels.slot[booking.slot]} (${at(booking.startsAt)} – ${at(booking.endsAt)})`,
                messages.bookingPlace(booking.siteName, booking.deskLabel, booking.zone),
                `${labels.bookingStatus[booking.status]}${booking.isWalkIn ? messages.walkIn : ''}`,
                booking.checkedInAt
                  ? `${at(booking.checkedInAt)}${booking.checkedInKioskName ? ` (${booking.checkedInKioskName})` : ''}`
                  : '—',
                at(booking.checkedOutAt),
              ];
            })}
          />
        )}
        <p className={fr.cx('fr-text--sm')}>
          {messages.bookingsRetention(data.retention.presenceMonths, data.retention.bookingsMonths)}
        </p>
      </DataSection>

      <DataSection id="my-series" title={messages.seriesTitle}>
        {data.bookingSeries.length === 0 ? (
          <p>{messages.noSeries}</p>
        ) : (
          <ul>
            {data.bookingSeries.map((series) => (
              <li key={series.id}>
                {messages.series(
                  series.siteName,
                  series.deskLabel,
                  labels.slot[series.slot],
                  series.weekdays.map((weekday) => labels.isoWeekday[weekday]).join(', '),
                  format.date(series.from),
                  format.date(series.until),
                  series.cancelledAt !== null,
                )}
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      <DataSection id="my-waitlists" title={messages.waitlistsTitle}>
        {data.waitlistEntries.length === 0 ? (
          <p>{messages.noRegistrations}</p>
        ) : (
          <ul>
            {data.waitlistEntries.map((entry) => (
              <li key={entry.id}>
                {messages.waitlistEntry(
                  entry.siteName,
                  format.date(entry.date),
                  labels.slot[entry.slot],
                  entry.zone,
                  labels.waitlistStatus[entry.status],
                )}
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      <DataSection id="my-event-registrations" title={messages.eventRegistrationsTitle}>
        {data.eventRegistrations.length === 0 ? (
          <p>{messages.noRegistrations}</p>
        ) : (
          <ul>
            {data.eventRegistrations.map((registration) => (
              <li key={`${registration.eventTitle}-${registration.createdAt}`}>
                {messages.eventRegistration(
                  registration.eventTitle,
                  registration.siteName,
                  format.date(registration.date),
                  labels.registrationMode[registration.mode],
                  messages.registrationStatuses[registration.status],
                  formatInstant(registration.createdAt),
                  registration.cancelledAt ? formatInstant(registration.cancelledAt) : null,
                )}
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      <DataSection id="my-guest-invitations" title={messages.guestInvitationsTitle}>
        {data.guestInvitations.length === 0 ? (
          <p>{messages.noInvitations}</p>
        ) : (
          <ul>
            {data.guestInvitations.map((invitation) => (
              <li key={`${invitation.siteName}-${invitation.date}-${invitation.createdAt}`}>
                {messages.guestInvitation(
                  invitation.guestName ?? messages.erasedGuest,
                  invitation.organisation,
                  invitation.siteName,
                  format.date(invitation.date),
                  labels.guestInvitationStatus[invitation.status],
                )}
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      <DataSection id="my-event-proposals" title={messages.eventProposalsTitle}>
        {data.eventProposals.length === 0 ? (
          <p>{messages.noProposals}</p>
        ) : (
          <ul>
            {data.eventProposals.map((proposal) => (
              <li key={`${proposal.title}-${proposal.createdAt}`}>
                {messages.eventProposal(
                  proposal.title,
                  proposal.siteName,
                  format.date(proposal.date),
                  labels.eventStatus[proposal.status],
                )}
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      <DataSection id="my-room-bookings" title={messages.roomBookingsTitle}>
        {data.roomBookings.length === 0 ? (
          <p>{messages.noRoomBookings}</p>
        ) : (
          <ul>
            {data.roomBookings.map((booking) => (
              <li key={booking.id}>
                {messages.roomBooking(
                  booking.title,
                  booking.roomName,
                  booking.siteName,
                  format.date(booking.date),
                  booking.headcount,
                  booking.status === 'confirmed',
                  booking.attendeeEmails,
                )}
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      <DataSection id="my-offline-scans" title={messages.offlineScansTitle}>
        {data.offlineScans.length === 0 ? (
          <p>{messages.noScans}</p>
        ) : (
          <ul>
            {data.offlineScans.map((scan) => (
              <li key={`${scan.kioskName}-${scan.scannedAt}`}>
                {messages.offlineScan(
                  formatInstant(scan.scannedAt),
                  scan.kioskName,
                  messages.offlineOutcomes[scan.outcome],
                  scan.message,
                )}
              </li>
            ))}
          </ul>
        )}
      </DataSection>

      {data.statisticsMonths.length > 0 && (
        <DataSection id="my-statistics-months" title={messages.statisticsTitle}>
          <p>{messages.statisticsExplanation}</p>
          <ul>
            {data.statisticsMonths.map((month) => (
              <li key={`${month.siteName}-${month.month}`}>
                {messages.statisticsMonth(
                  month.siteName,
                  format.month(month.month),
                  month.visitDays,
                  format.date(month.firstDay),
                  format.date(month.lastDay),
                )}
              </li>
            ))}
          </ul>
        </DataSection>
      )}

      <DataSection id="my-access" title={messages.accessTitle}>
        <ul>
          <li>
            {messages.calendarFeed(
              data.calendarFeed.isActive,
              data.calendarFeed.createdAt ? formatInstant(data.calendarFeed.createdAt) : null,
            )}
          </li>
          {data.sessions.map((session) => (
            <li key={session.createdAt}>
              {messages.session(
                formatInstant(session.createdAt),
                formatInstant(session.expiresAt),
                session.isCurrent,
              )}
            </li>
          ))}
        </ul>
      </DataSection>

      {data.keptMails.length > 0 && (
        <DataSection id="my-mails" title={messages.mailsTitle}>
          <p>{messages.mailsExplanation(data.retention.outboxDays)}</p>
          <ul>
            {data.keptMails.map((mail) => (
              <li key={`${mail.createdAt}-${mail.subject}`}>
                {/* Mails are written in French, whatever the page's language. */}
                {formatInstant(mail.createdAt)} — <span lang="fr">{mail.subject}</span>
              </li>
            ))}
          </ul>
        </DataSection>
      )}

      {data.auditEvents.length > 0 && (
        <DataSection id="my-audit-events" title={messages.auditTitle}>
          <p>{messages.auditExplanation}</p>
          <ul>
            {data.auditEvents.map((event) => (
              <li key={`${event.at}-${event.kind}-${event.subject}`}>
                {messages.auditEvent(
                  formatInstant(event.at),
                  labels.auditKind[event.kind],
                  event.siteName,
                  event.subject,
                  event.role === 'actor',
                )}
              </li>
            ))}
          </ul>
        </DataSection>
      )}

      <DeleteAccountSection data={data} />
    </>
  );
}
