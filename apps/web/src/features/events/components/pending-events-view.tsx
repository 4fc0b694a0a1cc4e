import type { Event, Me, Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useIsModalOpen } from '@codegouvfr/react-dsfr/Modal/useIsModalOpen';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import type { NonEmptyArray } from '../../../lib/non-empty';
import { useAffectedBookingsConfirmation } from '../../site-settings/hooks/use-affected-bookings-confirmation';
import { HostedSitesGate } from '../../sites/components/hosted-sites-gate';
import { SiteSelect } from '../../sites/components/site-select';
import { useApproveEvent, useDeclineEvent, usePendingEvents } from '../hooks/use-events';
import { AffectedBookingsList } from './affected-bookings-list';
import { describeEventTime, EventSummary } from './event-summary';
import { useSiteInAddress } from '../../sites/hooks/use-site-in-address';
import { useLanguage, useMessages } from '../../../i18n/language';
import { describeEventSpace } from '../event-space';
import { eventsMessages } from '../events.messages';

const approveModal = createModal({ id: 'approve-event-modal', isOpenedByDefault: false });
const declineModal = createModal({ id: 'decline-event-modal', isOpenedByDefault: false });

/** « Événements à valider »: the proposals of the sites a host runs, approved or declined here. */
export function PendingEventsView({ me }: { me: Me }) {
  return <HostedSitesGate me={me}>{(sites) => <PendingEvents sites={sites} />}</HostedSitesGate>;
}

function PendingEvents({ sites }: { sites: NonEmptyArray<Site> }) {
  const { site, selectSite } = useSiteInAddress(sites);
  const { pending, common } = useMessages(eventsMessages);
  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-mb-2w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <SiteSelect
            label={common.site}
            sites={sites}
            selectedSiteId={site.id}
            onSelectSite={selectSite}
          />
        </div>
      </div>
      <p>
        <Link
          to={`/evenements/proposer?site=${site.id}`}
          className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-icon-add-line', 'fr-btn--icon-left')}
        >
          {pending.create}
        </Link>
      </p>
      <PendingList key={site.id} site={site} />
    </>
  );
}

function PendingList({ site }: { site: Site }) {
  const pendingQuery = usePendingEvents(site.id);
  const approval = useApproveEvent(site.id);
  const confirmation = useAffectedBookingsConfirmation(approval);
  const declining = useDeclineEvent(site.id);
  const [target, setTarget] = useState<Event | null>(null);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const { pending } = confirmation;
  const language = useLanguage();
  const { pending: texts } = useMessages(eventsMessages);

  useEffect(() => {
    if (pending) approveModal.open();
  }, [pending]);
  useIsModalOpen(approveModal, {
    onConceal: () => {
      if (!approval.isPending) confirmation.cancel();
    },
  });

  function approve(event: Event) {
    setTarget(event);
    setNotice(null);
    confirmation.send({ eventId: event.id, confirm: false }, () =>
      setNotice(texts.approvedAlone(event.title)),
    );
  }

  function confirmApproval() {
    if (!pending || !target) return;
    const count = pending.affected.length;
    confirmation.confirm({ ...pending.variables, confirm: true }, () => {
      approveModal.close();
      setNotice(texts.approvedWithCancellations(target.title, count));
    });
  }

  function openDecline(event: Event) {
    setTarget(event);
    setReason('');
    setNotice(null);
    declining.reset();
    declineModal.open();
  }

  function confirmDecline() {
    if (!target) return;
    declining.mutate(
      { eventId: target.id, reason },
      {
        onSuccess: () => {
          declineModal.close();
          setNotice(texts.declined(target.title));
        },
      },
    );
  }

  return (
    <section aria-labelledby="pending-title">
      <h2 id="pending-title" className={fr.cx('fr-h4')}>
        {texts.title(site.name)}
      </h2>
      {notice && (
        <Alert severity="success" small description={notice} className={fr.cx('fr-mb-2w')} />
      )}
      {confirmation.error && (
        <Alert
          severity="error"
          small
          description={describeError(confirmation.error)}
          className={fr.cx('fr-mb-2w')}
        />
      )}
      {pendingQuery.isPending && <LoadingState label={texts.loading} />}
      {pendingQuery.isError && (
        <ErrorState error={pendingQuery.error} onRetry={() => void pendingQuery.refetch()} />
      )}
      {pendingQuery.isSuccess && pendingQuery.data.length === 0 && (
        <EmptyState title={texts.empty} />
      )}
      {pendingQuery.isSuccess && pendingQuery.data.length > 0 && (
        <ul className="admz-event-list">
          {pendingQuery.data.map((event) => (
            <EventSummary key={event.id} event={event}>
              <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
                {texts.proposedBy(
                  event.proposedBy
                    ? `${event.proposedBy.givenName} ${event.proposedBy.usualName}`
                    : null,
                  event.capacity,
                )}
              </p>
              <p className={fr.cx('fr-text--sm', 'fr-mb-1w')} style={{ whiteSpace: 'pre-line' }}>
                {event.description}
              </p>
              <div className="admz-event-actions">
                <Button
                  size="small"
                  iconId="fr-icon-check-line"
                  onClick={() => approve(event)}
                  disabled={approval.isPending}
                  nativeButtonProps={{ 'aria-label': texts.approveLabel(event.title) }}
                >
                  {texts.approve}
                </Button>
                <Button
                  size="small"
                  priority="secondary"
                  iconId="fr-icon-close-line"
                  onClick={() => openDecline(event)}
                  nativeButtonProps={{ 'aria-label': texts.declineLabel(event.title) }}
                >
                  {texts.decline}
                </Button>
              </div>
            </EventSummary>
          ))}
        </ul>
      )}
      <approveModal.Component
        title={texts.approveTitle(target?.title ?? null)}
        iconId="fr-icon-warning-line"
        size="large"
        buttons={[
          { children: texts.keep, priority: 'secondary' },
          {
            children: confirmation.isConfirming ? texts.approving : texts.approveConfirm,
            iconId: 'fr-icon-mail-line',
            doClosesModal: false,
            disabled: confirmation.isConfirming || !pending,
            onClick: confirmApproval,
          },
        ]}
      >
        {target && (
          <p>
            {describeEventTime(target, language)}, {describeEventSpace(target.space, language)}.
          </p>
        )}
        {pending && <AffectedBookingsList bookings={pending.affected} />}
      </approveModal.Component>
      <declineModal.Component
        title={texts.declineTitle(target?.title ?? null)}
        iconId="fr-icon-close-circle-line"
        buttons={[
          { children: texts.keep, priority: 'secondary' },
          {
            children: declining.isPending ? texts.declining : texts.declineConfirm,
            iconId: 'fr-icon-mail-line',
            doClosesModal: false,
            disabled: declining.isPending || reason.trim().length < 3,
            onClick: confirmDecline,
          },
        ]}
      >
        <p>{texts.declineBody}</p>
        <Input
          label={texts.declineReason}
          textArea
          nativeTextAreaProps={{
            value: reason,
            onChange: (event) => setReason(event.target.value),
            rows: 3,
            maxLength: 1000,
          }}
        />
        {declining.isError && (
          <Alert severity="error" small description={describeError(declining.error)} />
        )}
      </declineModal.Component>
    </section>
  );
}
