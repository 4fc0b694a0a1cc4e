import type { AffectedBooking, Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { describeError } from '../../../components/error-state';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { sitesAdminMessages } from '../sites-admin.messages';

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
  const t = useMessages(sitesAdminMessages).archiveModal;
  const format = useFormat();
  return (
    <archiveSiteModal.Component
      title={site ? t.title(site.name) : t.titleWithoutSite}
      iconId="fr-icon-warning-line"
      buttons={[
        { children: t.keep, priority: 'secondary' },
        {
          children: isPending ? t.archiving : count > 0 ? t.archiveAndCancel(count) : t.confirm,
          doClosesModal: false,
          disabled: isPending || site === null,
          onClick: () => {
            if (site) onArchive(site, count > 0);
          },
        },
      ]}
    >
      <p>{t.effect(site?.name ?? null)}</p>
      {affected && count > 0 && (
        <>
          <Alert
            severity="warning"
            small
            className={fr.cx('fr-mb-2w')}
            description={t.affected(count)}
          />
          <ul aria-label={t.affectedList}>
            {affected.map((booking) => (
              <li key={booking.bookingId}>
                {t.booking(
                  `${booking.person.givenName} ${booking.person.usualName} (${booking.person.email})`,
                  booking.desk.label,
                  format.date(booking.date),
                  booking.localStart,
                  booking.localEnd,
                )}
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
