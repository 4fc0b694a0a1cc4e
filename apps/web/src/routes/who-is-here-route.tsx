import { fr } from '@codegouvfr/react-dsfr';
import { PresenceProfilePanel } from '../features/presence/components/presence-profile-panel';
import { WhoIsHereView } from '../features/presence/components/who-is-here-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function WhoIsHereRoute() {
  useDocumentTitle('Qui est là ?');
  return (
    <>
      <h1>Qui est là ?</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les agents qui l’ont choisi indiquent les jours où ils viennent, sur quoi ils travaillent et
        leurs compétences. Personne n’apparaît sans l’avoir activé.
      </p>
      <WhoIsHereView />
      <PresenceProfilePanel />
    </>
  );
}
