import {
  type AffectedBooking,
  type Desk,
  type DeskAttribute,
  type ZoneSummary,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useIsModalOpen } from '@codegouvfr/react-dsfr/Modal/useIsModalOpen';
import { useEffect, useState, type FormEvent } from 'react';
import { describeError } from '../../../components/error-state';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useDomainLabels } from '../../../i18n/domain-labels.messages';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { useAffectedBookingsConfirmation } from '../../site-settings/hooks/use-affected-bookings-confirmation';
import { useDeactivateDesks, useReactivateDesks, useUpdateDesk } from '../hooks/use-site-console';
import { siteConsoleMessages } from '../site-console.messages';
import { AttributesField } from './add-desks-panel';

const deactivateModal = createModal({ id: 'deactivate-desks-modal', isOpenedByDefault: false });

/** What a deactivation is about, as the host reads it. */
type Target = { deskIds: string[]; what: string };

/** The desks of each zone, in the zones' order: equipment, state, deactivation that asks first. */
export function ZoneDesksPanel({
  siteId,
  zones,
  desks,
}: {
  siteId: string;
  zones: ZoneSummary[];
  desks: Desk[];
}) {
  const deactivation = useDeactivateDesks(siteId);
  const confirmation = useAffectedBookingsConfirmation(deactivation);
  const reactivation = useReactivateDesks(siteId);
  const [target, setTarget] = useState<Target | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { pending } = confirmation;
  const messages = useMessages(siteConsoleMessages).desks;

  // The API listed bookings it would cancel: ask in the modal.
  useEffect(() => {
    if (pending) deactivateModal.open();
  }, [pending]);
  useIsModalOpen(deactivateModal, {
    onConceal: () => {
      if (!deactivation.isPending) confirmation.cancel();
    },
  });

  function deactivate(next: Target) {
    setTarget(next);
    setNotice(null);
    reactivation.reset();
    confirmation.send({ deskIds: next.deskIds, confirm: false }, () =>
      setNotice(messages.deactivated(next.what, next.deskIds.length)),
    );
  }

  function confirm() {
    if (!pending || !target) return;
    const count = pending.affected.length;
    confirmation.confirm({ ...pending.variables, confirm: true }, () => {
      deactivateModal.close();
      setNotice(messages.deactivatedCancelling(target.what, target.deskIds.length, count));
    });
  }

  function reactivate(deskIds: string[], what: string) {
    setNotice(null);
    reactivation.mutate(deskIds, {
      onSuccess: () => setNotice(messages.reactivated(what, deskIds.length)),
    });
  }

  return (
    <>
      <div aria-live="polite">
        {notice && (
          <Alert severity="success" small description={notice} className={fr.cx('fr-mb-2w')} />
        )}
      </div>
      {confirmation.error && (
        <Alert
          severity="error"
          small
          description={describeError(confirmation.error)}
          className={fr.cx('fr-mb-2w')}
        />
      )}
      <MutationFeedback mutation={reactivation} />
      {zones.map((zone) => {
        const zoneDesks = desks.filter((desk) => desk.zone === zone.zone);
        const active = zoneDesks.filter((desk) => desk.isActive);
        const inactive = zoneDesks.filter((desk) => !desk.isActive);
        return (
          <section key={zone.id} aria-labelledby={`zone-${zone.id}`} className={fr.cx('fr-mb-4w')}>
            <h3 id={`zone-${zone.id}`} className={fr.cx('fr-h6', 'fr-mb-1w')}>
              {zone.zone}{' '}
              <span className={fr.cx('fr-text--sm')}>
                {messages.zoneCounts(active.length, inactive.length)}
              </span>
            </h3>
            {zoneDesks.length === 0 ? (
              <p className={fr.cx('fr-text--sm')}>{messages.emptyZone}</p>
            ) : (
              <>
                <div className="site-console__zone-bulk">
                  {active.length > 1 && (
                    <Button
                      size="small"
                      priority="tertiary"
                      iconId="fr-icon-close-circle-line"
                      onClick={() =>
                        deactivate({
                          deskIds: active.map((desk) => desk.id),
                          what: messages.activeOfZone(active.length, zone.zone),
                        })
                      }
                    >
                      {messages.deactivateZone(zone.zone)}
                    </Button>
                  )}
                  {inactive.length > 1 && (
                    <Button
                      size="small"
                      priority="tertiary"
                      iconId="fr-icon-checkbox-circle-line"
                      onClick={() =>
                        reactivate(
                          inactive.map((desk) => desk.id),
                          messages.inactiveOfZone(inactive.length, zone.zone),
                        )
                      }
                    >
                      {messages.reactivateZone(zone.zone)}
                    </Button>
                  )}
                </div>
                <ul className="site-console__desks">
                  {zoneDesks.map((desk) => (
                    <DeskItem
                      key={desk.id}
                      siteId={siteId}
                      desk={desk}
                      onDeactivate={() =>
                        deactivate({ deskIds: [desk.id], what: messages.desk(desk.label) })
                      }
                      onReactivate={() => reactivate([desk.id], messages.desk(desk.label))}
                      isBusy={deactivation.isPending || reactivation.isPending}
                    />
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
      <deactivateModal.Component
        title={target ? messages.modalTitle(target.what) : messages.modalTitleBare}
        iconId="fr-icon-warning-line"
        size="large"
        buttons={[
          { children: messages.keep, priority: 'secondary' },
          {
            children: confirmation.isConfirming ? messages.cancelling : messages.confirm,
            iconId: 'fr-icon-mail-line',
            doClosesModal: false,
            disabled: confirmation.isConfirming || !pending,
            onClick: confirm,
          },
        ]}
      >
        {pending && <AffectedBookingsList bookings={pending.affected} />}
        {deactivation.isError && !pending && (
          <Alert severity="error" small description={describeError(deactivation.error)} />
        )}
      </deactivateModal.Component>
    </>
  );
}

function AffectedBookingsList({ bookings }: { bookings: AffectedBooking[] }) {
  const messages = useMessages(siteConsoleMessages).desks;
  const format = useFormat();
  return (
    <>
      <p>{messages.affected(bookings.length)}</p>
      <ul className="site-console__affected">
        {bookings.map((booking) => (
          <li key={booking.bookingId}>
            <strong>
              {booking.person.givenName} {booking.person.usualName}
            </strong>{' '}
            ({booking.person.email}){messages.affectedDesk(booking.desk.label)}
            {format.date(booking.date)}, {booking.localStart} – {booking.localEnd}
          </li>
        ))}
      </ul>
    </>
  );
}

function DeskItem({
  siteId,
  desk,
  onDeactivate,
  onReactivate,
  isBusy,
}: {
  siteId: string;
  desk: Desk;
  onDeactivate: () => void;
  onReactivate: () => void;
  isBusy: boolean;
}) {
  const [isEditing, setIsEditing] = useState(false);
  const messages = useMessages(siteConsoleMessages).desks;
  const labels = useDomainLabels();
  return (
    <li className="site-console__desk">
      <span className="site-console__desk-label">
        <strong>{desk.label}</strong>{' '}
        {desk.isActive ? (
          <Badge severity="success" small noIcon>
            {messages.active}
          </Badge>
        ) : (
          <Badge severity="error" small noIcon>
            {messages.inactive}
          </Badge>
        )}
        <span className={fr.cx('fr-text--sm')}>
          {' '}
          {desk.attributes.length > 0
            ? desk.attributes.map((attribute) => labels.deskAttribute[attribute]).join(' · ')
            : messages.noAttributes}
        </span>
      </span>
      <span className="site-console__zone-actions">
        <Button
          size="small"
          priority="tertiary no outline"
          iconId="fr-icon-settings-5-line"
          title={messages.attributesOf(desk.label)}
          aria-expanded={isEditing}
          onClick={() => setIsEditing((value) => !value)}
        />
        {desk.isActive ? (
          <Button size="small" priority="tertiary" disabled={isBusy} onClick={onDeactivate}>
            {messages.deactivate(desk.label)}
          </Button>
        ) : (
          <Button size="small" priority="tertiary" disabled={isBusy} onClick={onReactivate}>
            {messages.reactivate(desk.label)}
          </Button>
        )}
      </span>
      {isEditing && (
        <DeskAttributesForm siteId={siteId} desk={desk} onDone={() => setIsEditing(false)} />
      )}
    </li>
  );
}

function DeskAttributesForm({
  siteId,
  desk,
  onDone,
}: {
  siteId: string;
  desk: Desk;
  onDone: () => void;
}) {
  const mutation = useUpdateDesk(siteId);
  const [chosen, setChosen] = useState<DeskAttribute[]>(desk.attributes);
  const messages = useMessages(siteConsoleMessages).desks;
  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ deskId: desk.id, attributes: chosen }, { onSuccess: onDone });
  }
  return (
    <form onSubmit={submit} className="site-console__desk-form">
      <AttributesField
        legend={messages.attributesOf(desk.label)}
        value={chosen}
        onChange={setChosen}
      />
      <MutationFeedback mutation={mutation} />
      <Button type="submit" size="small" disabled={mutation.isPending}>
        {mutation.isPending ? messages.saving : messages.saveAttributes}
      </Button>
    </form>
  );
}
