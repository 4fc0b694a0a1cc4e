import type { Kiosk } from '@admz/shared';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { describeError } from '../../../components/error-state';

export const revokeKioskModal = createModal({ id: 'revoke-kiosk-modal', isOpenedByDefault: false });

type RevokeKioskModalProps = {
  kiosk: Kiosk | null;
  isRevoking: boolean;
  error: unknown;
  onConfirm: (kiosk: Kiosk) => void;
};

export function RevokeKioskModal({ kiosk, isRevoking, error, onConfirm }: RevokeKioskModalProps) {
  return (
    <revokeKioskModal.Component
      title="Désactiver cette borne ?"
      iconId="fr-icon-warning-line"
      buttons={[
        { children: 'Garder la borne', priority: 'secondary' },
        {
          children: isRevoking ? 'Désactivation…' : 'Oui, désactiver la borne',
          doClosesModal: false,
          disabled: isRevoking || kiosk === null,
          onClick: () => {
            if (kiosk) onConfirm(kiosk);
          },
        },
      ]}
    >
      {kiosk ? (
        <>
          <p>
            La borne « {kiosk.name} » n’enregistrera plus aucune arrivée : dans la minute, la
            tablette affiche « borne désactivée » et s’arrête.
          </p>
          <p>
            Pour remettre une tablette en service ensuite, créez une nouvelle borne et saisissez son
            code d’appairage.
          </p>
        </>
      ) : (
        <p>Aucune borne sélectionnée.</p>
      )}
      {error !== null && error !== undefined && (
        <Alert severity="error" small description={describeError(error)} />
      )}
    </revokeKioskModal.Component>
  );
}
