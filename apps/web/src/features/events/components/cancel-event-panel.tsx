import type { Event } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useState } from 'react';
import { describeError } from '../../../components/error-state';
import { useMessages } from '../../../i18n/language';
import { eventsMessages } from '../events.messages';
import { useCancelEvent, useRegistrationState } from '../hooks/use-events';

const cancelModal = createModal({ id: 'cancel-event-modal', isOpenedByDefault: false });

/** For its organisers: cancel an approved event, saying why (everyone registered is mailed). */
export function CancelEventPanel({ event }: { event: Event }) {
  const cancellation = useCancelEvent(event.siteId);
  const stateQuery = useRegistrationState(event.id);
  const [reason, setReason] = useState('');
  const { cancel } = useMessages(eventsMessages);
  if (!event.canOrganise || event.status !== 'approved' || new Date(event.endsAt) <= new Date()) {
    return null;
  }
  const told = stateQuery.data
    ? stateQuery.data.registeredInPerson +
      stateQuery.data.registeredRemote +
      stateQuery.data.waiting
    : null;
  return (
    <section aria-labelledby="cancel-event-title" className={fr.cx('fr-mt-4w')}>
      <h2 id="cancel-event-title" className={fr.cx('fr-h5')}>
        {cancel.title}
      </h2>
      <Button
        priority="tertiary"
        iconId="fr-icon-close-circle-line"
        onClick={() => cancelModal.open()}
      >
        {cancel.open}
      </Button>
      <cancelModal.Component
        title={cancel.modalTitle(event.title)}
        iconId="fr-icon-warning-line"
        buttons={[
          { children: cancel.keep, priority: 'secondary' },
          {
            children: cancellation.isPending ? cancel.cancelling : cancel.confirm,
            iconId: 'fr-icon-mail-line',
            doClosesModal: false,
            disabled: cancellation.isPending || reason.trim().length < 3,
            onClick: () =>
              cancellation.mutate(
                { eventId: event.id, reason },
                { onSuccess: () => cancelModal.close() },
              ),
          },
        ]}
      >
        <p>{cancel.body(told)}</p>
        <Input
          label={cancel.reason}
          textArea
          nativeTextAreaProps={{
            value: reason,
            onChange: (change) => setReason(change.target.value),
            rows: 3,
            maxLength: 1000,
          }}
        />
        {cancellation.isError && (
          <Alert severity="error" small description={describeError(cancellation.error)} />
        )}
      </cancelModal.Component>
    </section>
  );
}
