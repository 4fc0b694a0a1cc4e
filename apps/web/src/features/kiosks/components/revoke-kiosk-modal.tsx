import type { Kiosk } from '@admz/shared';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { describeError } from '../../../components/error-state';
import { useMessages } from '../../../i18n/language';
import { kiosksMessages } from '../kiosks.messages';

export const revokeKioskModal = createModal({ id: 'revoke-kiosk-modal', isOpenedByDefault: false });

type RevokeKioskModalProps = {
  kiosk: Kiosk | null;
  isRevoking: boolean;
  error: unknown;
  onConfirm: (kiosk: Kiosk) => void;
};

export function RevokeKioskModal({ kiosk, isRevoking, error, onConfirm }: RevokeKioskModalProps) {
  const t = useMessages(kiosksMessages).revokeModal;
  return (
    <revokeKioskModal.Component
      title={t.title}
      iconId="fr-icon-warning-line"
      buttons={[
        { children: t.keep, priority: 'secondary' },
        {
          children: isRevoking ? t.revoking : t.confirm,
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
          <p>{t.effect(kiosk.name)}</p>
          <p>{t.replace}</p>
        </>
      ) : (
        <p>{t.noKiosk}</p>
      )}
      {error !== null && error !== undefined && (
        <Alert severity="error" small description={describeError(error)} />
      )}
    </revokeKioskModal.Component>
  );
}
