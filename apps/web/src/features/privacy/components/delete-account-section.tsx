import type { MyData } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useNavigate } from 'react-router';
import { describeError } from '../../../components/error-state';
import { useDeleteMyAccount } from '../hooks/use-delete-my-account';
import { describeDeletionEffects } from '../my-data-summary';

const deleteAccountModal = createModal({ id: 'delete-account-modal', isOpenedByDefault: false });

/** Erasure: the modal names every effect, from what the person holds, before anything happens. */
export function DeleteAccountSection({ data }: { data: MyData }) {
  const deleteMutation = useDeleteMyAccount();
  const navigate = useNavigate();
  const effects = describeDeletionEffects(data);

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
        Supprimer mon compte
      </h2>
      <p>
        Vos réservations à venir sont annulées, vos réservations passées ne sont plus rattachées à
        vous et votre identité est effacée. Vous pourrez revenir plus tard avec ProConnect : un
        nouveau compte, vide, sera créé.
      </p>
      <Button
        priority="secondary"
        iconId="fr-icon-delete-line"
        onClick={() => {
          deleteMutation.reset();
          deleteAccountModal.open();
        }}
      >
        Supprimer mon compte
      </Button>

      <deleteAccountModal.Component
        title="Supprimer votre compte AdmZ ?"
        iconId="fr-icon-warning-line"
        buttons={[
          { children: 'Garder mon compte', priority: 'secondary' },
          {
            children: deleteMutation.isPending ? 'Suppression…' : 'Oui, supprimer mon compte',
            doClosesModal: false,
            disabled: deleteMutation.isPending,
            onClick: confirmDeletion,
          },
        ]}
      >
        <p>Ce qui va se passer :</p>
        <ul>
          {effects.map((effect) => (
            <li key={effect}>{effect}</li>
          ))}
        </ul>
        <p className={fr.cx('fr-text--bold')}>Cette suppression est définitive.</p>
        {deleteMutation.isError && (
          <Alert severity="error" small description={describeError(deleteMutation.error)} />
        )}
      </deleteAccountModal.Component>
    </section>
  );
}
