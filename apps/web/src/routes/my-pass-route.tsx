import { fr } from '@codegouvfr/react-dsfr';
import { LoadingState } from '../components/loading-state';
import { useMe } from '../features/auth/hooks/use-me';
import { MyPassView } from '../features/my-pass/components/my-pass-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function MyPassRoute() {
  useDocumentTitle('Mon pass');
  const { data: me } = useMe();
  return (
    <>
      <h1>Mon pass</h1>
      <p className={fr.cx('fr-text--lead')}>
        Sans réservation ? Présentez ce pass à la borne : elle vous propose un poste libre pour la
        demi-journée ou la journée.
      </p>
      {me ? <MyPassView me={me} /> : <LoadingState />}
      <p className={fr.cx('fr-mt-3w', 'fr-text--sm')}>
        Vous avez déjà réservé ? Présentez plutôt le QR code de votre réservation, depuis « Mes
        réservations ».
      </p>
    </>
  );
}
