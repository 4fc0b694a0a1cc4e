import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useDocumentTitle } from '../../../hooks/use-document-title';

export function AccessDeniedPanel() {
  useDocumentTitle('Accès refusé');
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--center')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>
        <h1>Accès refusé</h1>
        <p className={fr.cx('fr-text--lead')}>
          AdmZ est réservé aux agents publics : votre compte n'a pas été reconnu comme celui d'un
          agent de l'administration.
        </p>
        <p>
          Lors de la connexion, ProConnect nous transmet l'organisation à laquelle votre compte est
          rattaché. AdmZ n'ouvre l'accès qu'aux comptes d'une administration, d'un opérateur ou
          d'une collectivité.
        </p>
        <ul>
          <li>
            Si vous êtes agent public, reconnectez-vous avec votre compte professionnel (et non un
            compte personnel).
          </li>
        </ul>
        <h2 className={fr.cx('fr-h4')}>Vous n'êtes pas agent public ? Faites-vous inviter</h2>
        <p>
          Demandez à un agent public de vous inviter : il indique votre nom, votre adresse
          électronique, votre organisation et le jour de votre venue dans AdmZ (« Inviter une
          personne »). Une fois l'invitation validée par l'équipe du tiers-lieu, vous recevez par
          courriel un lien vers votre QR code d'accès, à présenter à la borne d'accueil. Aucun
          compte n'est nécessaire.
        </p>
        <Button linkProps={{ to: '/' }} iconId="fr-icon-arrow-left-line" priority="secondary">
          Retour à l'accueil
        </Button>
      </div>
    </div>
  );
}
