import { formatFrenchDate, siteToday, type TodayEntry } from '@admz/shared';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { describeError } from '../../../components/error-state';
import { describeBoardSlot, personName } from '../board-display';

export const cancelOnBehalfModal = createModal({
  id: 'cancel-on-behalf-modal',
  isOpenedByDefault: false,
});

type CancelOnBehalfModalProps = {
  entry: TodayEntry | null;
  timezone: string;
  isPending: boolean;
  error: unknown;
  onConfirm: (entry: TodayEntry) => void;
};

/** A host cancels for someone only after reading whose booking it is and what follows. */
export function CancelOnBehalfModal({
  entry,
  timezone,
  isPending,
  error,
  onConfirm,
}: CancelOnBehalfModalProps) {
  return (
    <cancelOnBehalfModal.Component
      title="Annuler cette réservation ?"
      iconId="fr-icon-warning-line"
      buttons={[
        { children: 'Ne rien changer', priority: 'secondary' },
        {
          children: isPending ? 'Annulation…' : 'Oui, annuler la réservation',
          doClosesModal: false,
          disabled: isPending || entry === null,
          onClick: () => {
            if (entry) onConfirm(entry);
          },
        },
      ]}
    >
      {entry && (
        <>
          <p>
            La réservation de <strong>{personName(entry)}</strong> sera annulée : poste{' '}
            {entry.desk.label} ({entry.desk.zone}), le{' '}
            {formatFrenchDate(siteToday(timezone, new Date(entry.startsAt)))},{' '}
            {describeBoardSlot(entry, timezone)}.
          </p>
          <p>
            Le poste sera libéré et proposé à la liste d’attente. {personName(entry)} en sera
            informé·e par courriel, avec votre nom.
          </p>
        </>
      )}
      {error !== null && error !== undefined && (
        <Alert severity="error" small description={describeError(error)} />
      )}
    </cancelOnBehalfModal.Component>
  );
}
