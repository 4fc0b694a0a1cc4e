import type { AccountDeletion } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useLocation } from 'react-router';
import { describeAccountDeletion } from '../my-data-summary';

/** After « Supprimer mon compte »: logged out, with what was done (when the page knows it). */
export function AccountDeletedPanel() {
  const location = useLocation();
  const deletion = (location.state as { deletion?: AccountDeletion } | null)?.deletion;
  const details = deletion ? describeAccountDeletion(deletion) : [];
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--center')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>
        <h1>Votre compte AdmZ est supprimé</h1>
        <Alert
          severity="success"
          small
          className={fr.cx('fr-mb-3w')}
          description="Votre identité est effacée et vous êtes déconnecté·e de tous vos appareils."
        />
        {details.length > 0 && (
          <ul>
            {details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        <p>
          Votre session ProConnect peut rester ouverte dans ce navigateur : fermez-le si l'appareil
          est partagé. Vous pourrez revenir quand vous voudrez : un nouveau compte, vide, sera créé
          à votre prochaine connexion.
        </p>
        <Button linkProps={{ to: '/' }} priority="secondary">
          Retour à l'accueil
        </Button>
      </div>
    </div>
  );
}
