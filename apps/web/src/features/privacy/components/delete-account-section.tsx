import type { MyData } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useNavigate } from 'react-router';
import { describeError } from '../../../components/error-state';
import { useLanguage, useMessages } from '../../../i18n/language';
import { useDeleteMyAccount } from '../hooks/use-delete-my-account';
import { describeDeletionEffects } from '../my-data-summary';
import { privacyMessages } from '../privacy.messages';

const deleteAccountModal = createModal({ id: 'delete-account-modal', isOpenedByDefault: false });

/** Erasure: the modal names every effect, from what the person holds, before anything happens. */
export function DeleteAccountSection({ data }: { data: MyData }) {
  const deleteMutation = useDeleteMyAccount();
  const navigate = useNavigate();
  const language = useLanguage();
  const { deleteAccount: messages } = useMessages(privacyMessages);
  const effects = describeDeletionEffects(data, new Date(), language);

  function confirmDeletion() {
    deleteMutation.mutate(undefined, {
      onSuccess: (deletion) => {
        deleteAccountModal.close();
        void navigate('/compte-supprime', { replace: true, state: { deletion } });
      },
    });
  }

  return (
    <section aria-labelledby="delete-account-title" className={fr.cx('fr-mt-6w')}>
      <h2 id="delete-account-title" className={fr.cx('fr-h4')}>
        {messages.title}
      </h2>
      <p>{messages.explanation}</p>
      <Button
        priority="secondary"
        iconId="fr-icon-delete-line"
        onClick={() => {
          deleteMutation.reset();
          deleteAccountModal.open();
        }}
      >
        {messages.title}
      </Button>

      <deleteAccountModal.Component
        title={messages.confirmTitle}
        iconId="fr-icon-warning-line"
        buttons={[
          { children: messages.keep, priority: 'secondary' },
          {
            children: deleteMutation.isPending ? messages.deleting : messages.confirm,
            doClosesModal: false,
            disabled: deleteMutation.isPending,
            onClick: confirmDeletion,
          },
        ]}
      >
        <p>{messages.whatHappens}</p>
        <ul>
          {effects.map((effect) => (
            <li key={effect}>{effect}</li>
          ))}
        </ul>
        <p className={fr.cx('fr-text--bold')}>{messages.final}</p>
        {deleteMutation.isError && (
          <Alert severity="error" small description={describeError(deleteMutation.error)} />
        )}
      </deleteAccountModal.Component>
    </section>
  );
}
