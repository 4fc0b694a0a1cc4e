import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { describeError } from '../../../components/error-state';
import { useMessages } from '../../../i18n/language';
import { hostsMessages } from '../hosts.messages';

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
  const t = useMessages(hostsMessages).confirmModal;
  return (
    <confirmHostChangeModal.Component
      title={isRemoval ? t.removeTitle : t.cancelTitle}
      iconId="fr-icon-warning-line"
      buttons={[
        { children: t.keep, priority: 'secondary' },
        {
          children: isPending ? t.saving : isRemoval ? t.confirmRemove : t.confirmCancel,
          doClosesModal: false,
          disabled: isPending || change === null,
          onClick: () => {
            if (change) onConfirm(change);
          },
        },
      ]}
    >
      {change?.kind === 'remove' && <p>{t.removeEffect(change.name, change.email, siteName)}</p>}
      {change?.kind === 'cancel-invitation' && <p>{t.cancelEffect(change.email, siteName)}</p>}
      {error !== null && error !== undefined && (
        <Alert severity="error" small description={describeError(error)} />
      )}
    </confirmHostChangeModal.Component>
  );
}
