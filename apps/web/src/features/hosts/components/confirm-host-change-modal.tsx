import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { describeError } from '../../../components/error-state';

export const confirmHostChangeModal = createModal({
  id: 'confirm-host-change-modal',
  isOpenedByDefault: false,
});

/** What is about to change: a host removed, or an invitation cancelled. */
export type HostChange =
  | { kind: 'remove'; userId: string; name: string; email: string }
  | { kind: 'cancel-invitation'; invitationId: string; email: string };

type ConfirmHostChangeModalProps = {
  change: HostChange | null;
  siteName: string;
  isPending: boolean;
  error: unknown;
  onConfirm: (change: HostChange) => void;
};

export function ConfirmHostChangeModal({
  change,
  siteName,
  isPending,
  error,
  onConfirm,
}: ConfirmHostChangeModalProps) {
  const isRemoval = change?.kind === 'remove';
  return (
    <confirmHostChangeModal.Component
      title={isRemoval ? 'Retirer ce gestionnaire ?' : 'Annuler cette invitation ?'}
      iconId="fr-icon-warning-line"
      buttons={[
        { children: 'Ne rien changer', priority: 'secondary' },
        {
          children: isPending
            ? 'Enregistrement…'
            : isRemoval
              ? 'Oui, retirer ce gestionnaire'
              : 'Oui, annuler l’invitation',
          doClosesModal: false,
          disabled: isPending || change === null,
          onClick: () => {
            if (change) onConfirm(change);
          },
        },
      ]}
    >
      {change?.kind === 'remove' && (
        <p>
          {change.name} ({change.email}) ne pourra plus gérer {siteName} : ni les postes, ni les
          horaires, ni les arrivées du jour. Ses propres réservations restent.
        </p>
      )}
      {change?.kind === 'cancel-invitation' && (
        <p>
          La personne qui se connectera avec l’adresse {change.email} ne deviendra pas gestionnaire
          de {siteName}.
        </p>
      )}
      {error !== null && error !== undefined && (
        <Alert severity="error" small description={describeError(error)} />
      )}
    </confirmHostChangeModal.Component>
  );
}
