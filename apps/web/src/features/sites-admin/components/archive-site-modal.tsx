import { formatFrenchDate, type AffectedBooking, type Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { describeError } from '../../../components/error-state';

export const archiveSiteModal = createModal({ id: 'archive-site-modal', isOpenedByDefault: false });

type ArchiveSiteModalProps = {
  site: Site | null;
  /** The bookings to come the API listed (409): archiving now cancels them. */
  affected: AffectedBooking[] | null;
  isPending: boolean;
  error: unknown;
  onArchive: (site: Site, confirm: boolean) => void;
};

/** Archiving hides a site from agents: say so, and list the bookings it would cancel. */
export function ArchiveSiteModal({
  site,
  affected,
  isPending,
  error,
  onArchive,
}: ArchiveSiteModalProps) {
  const count = affected?.length ?? 0;
  return (
    <archiveSiteModal.Component
      title={site ? `Archiver ${site.name} ?` : 'Archiver ce site ?'}
      iconId="fr-icon-warning-line"
      buttons={[
        { children: 'Ne rien changer', priority: 'secondary' },
        {
          children: isPending
            ? 'Archivage…'
            : count > 0
              ? `Archiver et annuler ${count} réservation${count > 1 ? 's' : ''}`
              : 'Oui, archiver ce site',
          doClosesModal: false,
          disabled: isPending || site === null,
          onClick: () => {
            if (site) onArchive(site, count > 0);
          },
        },
      ]}
    >
      <p>
        Les agents ne verront plus {site?.name ?? 'ce site'} et ne pourront plus y réserver. Son
        historique est conservé, et vous pourrez le rétablir.
      </p>
      {affected && count > 0 && (
        <>
          <Alert
            severity="warning"
            small
            className={fr.cx('fr-mb-2w')}
            description={`${count} réservation${count > 1 ? 's' : ''} à venir ${count > 1 ? 'seront annulées' : 'sera annulée'} ; chaque personne sera prévenue par courriel.`}
          />
          <ul aria-label="Réservations qui seraient annulées">
            {affected.map((booking) => (
              <li key={booking.bookingId}>
                {booking.person.givenName} {booking.person.usualName} ({booking.person.email}) —
                poste {booking.desk.label}, {formatFrenchDate(booking.date)}, {booking.localStart}–
                {booking.localEnd}
              </li>
            ))}
          </ul>
        </>
      )}
      {error !== null && error !== undefined && (
        <Alert severity="error" small description={describeError(error)} />
      )}
    </archiveSiteModal.Component>
  );
}
