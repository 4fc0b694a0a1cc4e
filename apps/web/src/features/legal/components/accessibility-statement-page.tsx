import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { accessibilityContactEmail } from '../legal-contacts';
import { ToComplete } from './to-complete';

const newWindow = (label: string) => `${label} – nouvelle fenêtre`;

/** « Déclaration d'accessibilité » (RGAA 4.1): an honest status, what was checked, what is known to fail. */
export function AccessibilityStatementPage() {
  return (
    <article className={fr.cx('fr-col-12', 'fr-col-lg-10')}>
      <h1>Déclaration d'accessibilité</h1>
      <p>
        L'administration qui publie AdmZ <ToComplete /> s'engage à rendre ses services numériques
        accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Cette
        déclaration d'accessibilité s'applique à l'application web AdmZ (réservation de postes, «
        Mes réservations », pages des gestionnaires) et à la borne d'accueil.
      </p>

      <h2>État de conformité</h2>
      <p>
        AdmZ est <strong>partiellement conforme</strong> avec le référentiel général d'amélioration
        de l'accessibilité (RGAA), version 4.1, en raison des limites énumérées ci-dessous.
      </p>
      <p>
        <strong>Aucun audit de conformité n'a encore été réalisé</strong> : le taux de critères
        respectés n'est pas mesuré. Cet état repose sur les vérifications décrites ci-dessous,
        faites par l'équipe qui développe AdmZ. Un audit est prévu avant l'ouverture à tous les
        agents <ToComplete />.
      </p>

      <h2>Ce qui a été vérifié</h2>
      <ul>
        <li>
          Les composants viennent du système de design de l'État (DSFR), conçu pour être conforme au
          RGAA.
        </li>
        <li>
          Des tests automatiques, joués par l'intégration continue, ouvrent les pages dans un
          navigateur (Chromium) et les analysent avec axe-core : ils échouent sur toute anomalie «
          critique » ou « sérieuse ». Sont ainsi vérifiées les pages « Données personnelles », «
          Déclaration d'accessibilité », « Mentions légales » et « Mes données », sur ordinateur et
          sur téléphone.
        </li>
        <li>
          Les parcours principaux (se connecter, réserver, annuler, afficher son QR code, supprimer
          son compte) sont joués par des tests de navigateur qui trouvent chaque élément par son
          rôle et son nom accessibles, comme une aide technique, pas par sa position à l'écran. La
          confirmation de suppression du compte est aussi jouée au clavier.
        </li>
        <li>
          Ces quatre pages s'affichent sans défilement horizontal sur un écran de téléphone (390
          pixels de large).
        </li>
      </ul>
      <p>
        Technologies utilisées : HTML, CSS, JavaScript (React), DSFR. Pas encore fait : les tests
        avec des lecteurs d'écran (NVDA, VoiceOver), l'agrandissement à 200 % de chaque page, la
        vérification manuelle des 106 critères du RGAA.
      </p>

      <h2>Limites connues</h2>
      <ul>
        <li>
          Le calendrier des disponibilités (vues jour, semaine, mois) n'a été vérifié ni au clavier
          ni au lecteur d'écran. La liste des postes de la page « Réserver un poste » permet les
          mêmes réservations, avec des filtres accessibles.
        </li>
        <li>
          Les plans des zones sont des images déposées par les gestionnaires, sans description
          textuelle de la salle ; chaque poste y est aussi nommé dans la liste des postes.
        </li>
        <li>
          Le QR code d'arrivée ne se lit qu'avec une caméra : un code court à saisir sur la borne («
          Saisir mon code ») le remplace.
        </li>
        <li>
          La borne d'accueil (tablette) n'a pas été essayée avec un lecteur d'écran ; une arrivée y
          est signalée à l'écran et par un bip.
        </li>
        <li>
          Les mails envoyés par AdmZ (confirmation, rappel) n'ont pas été vérifiés ; chacun a une
          version en texte brut.
        </li>
      </ul>

      <h2>Retour d'information et contact</h2>
      <p>
        Si vous n'arrivez pas à accéder à un contenu ou à un service, écrivez-nous pour être orienté
        vers une alternative accessible ou obtenir le contenu sous une autre forme :{' '}
        <a href={`mailto:${accessibilityContactEmail}`}>{accessibilityContactEmail}</a>{' '}
        <ToComplete />.
      </p>

      <h2>Voies de recours</h2>
      <p>
        Si vous nous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu
        ou à un service et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez :
      </p>
      <ul>
        <li>
          écrire un message au{' '}
          <a
            href="https://formulaire.defenseurdesdroits.fr/"
            target="_blank"
            rel="noreferrer"
            title={newWindow('Défenseur des droits, formulaire')}
          >
            Défenseur des droits
          </a>{' '}
          ;
        </li>
        <li>
          contacter{' '}
          <a
            href="https://www.defenseurdesdroits.fr/saisir/delegues"
            target="_blank"
            rel="noreferrer"
            title={newWindow('Délégués du Défenseur des droits')}
          >
            le délégué du Défenseur des droits dans votre région
          </a>{' '}
          ;
        </li>
        <li>
          envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des
          droits, Libre réponse 71120, 75342 Paris CEDEX 07.
        </li>
      </ul>

      <p className={fr.cx('fr-text--sm', 'fr-mt-4w')}>
        Déclaration établie en décembre 2026. Voir aussi les{' '}
        <Link to="/mentions-legales">mentions légales</Link>.
      </p>
    </article>
  );
}
