import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { securityContactEmail } from '../legal-contacts';
import { ToComplete } from './to-complete';

/** « Mentions légales »: publisher and host (to complete before going live), licences, security. */
export function LegalNoticePage() {
  return (
    <article className={fr.cx('fr-col-12', 'fr-col-lg-10')}>
      <h1>Mentions légales</h1>

      <h2>Éditeur</h2>
      <p>
        Direction interministérielle du numérique (DINUM), 20 avenue de Ségur, 75007 Paris{' '}
        <ToComplete /> : à remplacer par l'administration qui publie AdmZ.
      </p>
      <p>
        Directeur ou directrice de la publication : <ToComplete />
      </p>

      <h2>Hébergement</h2>
      <p>
        Nom, adresse et téléphone de l'hébergeur <ToComplete />. Les données d'AdmZ sont conservées
        dans une base PostgreSQL chez cet hébergeur.
      </p>

      <h2>Code source et licences</h2>
      <p>
        Le code source d'AdmZ est un logiciel libre, publié sous licence MIT (adresse du dépôt{' '}
        <ToComplete />
        ). Sauf mention contraire, les textes de ce site sont sous licence Etalab 2.0. AdmZ utilise
        le système de design de l'État (DSFR) ; la marque de l'État et son logo ne peuvent être
        réutilisés.
      </p>

      <h2>Données personnelles et accessibilité</h2>
      <p>
        Ce qu'AdmZ garde de vous, pourquoi et combien de temps :{' '}
        <Link to="/donnees-personnelles">données personnelles</Link>. L'état d'accessibilité du
        service : <Link to="/declaration-d-accessibilite">déclaration d'accessibilité</Link>.
      </p>

      <h2 id="securite">Sécurité</h2>
      <p>
        Pour signaler une vulnérabilité, écrivez à{' '}
        <a href={`mailto:${securityContactEmail}`}>{securityContactEmail}</a> <ToComplete /> (voir
        aussi <a href="/.well-known/security.txt">security.txt</a>). Merci de ne pas la rendre
        publique avant sa correction.
      </p>
    </article>
  );
}
