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
      <p>
        Les vérifications ci-dessous sont des tests automatiques, joués par l'intégration continue à
        chaque modification, dans un vrai navigateur (Chromium). Résultats au 4 décembre 2026.
      </p>
      <h3>Analyse automatique de chaque page</h3>
      <ul>
        <li>
          Outil : axe-core 4.14, avec les règles des niveaux A et AA des WCAG 2.0 et 2.1 (tags
          wcag2a, wcag2aa, wcag21a, wcag21aa). Le test échoue sur toute anomalie « critique » ou «
          sérieuse ».
        </li>
        <li>
          Pages couvertes : toutes les pages de l'application web, vues par une personne non
          connectée, une agente, une gestionnaire de site et un administrateur — pages publiques,
          réservation, « Mes réservations », événements, invitations, « Mes données », pages des
          gestionnaires et de l'administration, lien d'invitation invalide, page introuvable, accès
          refusé, agenda intégrable — et tous les écrans de la borne d'accueil (appairage, accueil,
          saisie du code, réglages, clé inconnue, connexion perdue).
        </li>
        <li>
          États couverts : fenêtres de confirmation ouvertes, erreurs de formulaire affichées
          (formulaire envoyé vide ou avec un code erroné), listes vides.
        </li>
        <li>
          Deux tailles d'écran : ordinateur (1280 × 900 pixels, 1280 × 800 pour la borne) et
          téléphone (390 × 844 pixels). À chaque fois : aucune anomalie critique ou sérieuse, aucun
          défilement horizontal, aucun avertissement ni erreur dans la console du navigateur.
        </li>
        <li>
          Les calendriers (« Mes réservations », disponibilités d'un tiers-lieu) dans chacune de
          leurs vues (semaine, mois, agenda ; l'agenda sur téléphone et tablette), le plan d'une
          zone (zoom, poste sélectionné) et le pass QR en plein écran sur quatre tailles d'écran
          sont analysés de même.
        </li>
      </ul>
      <h3>Parcours joués au clavier seul</h3>
      <ul>
        <li>
          Annuler une réservation depuis « Mes réservations » : la fenêtre de confirmation s'ouvre
          (Entrée ou Espace), se ferme avec Échap en rendant le focus au bouton, puis l'annulation
          confirmée place le focus sur le message de résultat.
        </li>
        <li>
          Réserver un poste : choisir le créneau, puis « Un poste libre », avec Tab, Espace et
          Entrée.
        </li>
        <li>S'inscrire à un événement depuis l'agenda des événements, puis se désinscrire.</li>
        <li>
          Sur la borne : ouvrir la saisie du code, taper le code court d'une réservation, valider
          avec Entrée, voir le message de bienvenue.
        </li>
        <li>Confirmer la suppression de son compte, dans « Mes données ».</li>
        <li>
          À chaque étape, le test vérifie que le focus est là où on l'attend et qu'il est visible
          (contour de focus), y compris sur le lien d'accueil de l'en-tête.
        </li>
      </ul>
      <p>
        Les composants viennent du système de design de l'État (DSFR), conçu pour être conforme au
        RGAA. Les parcours principaux sont aussi joués par des tests qui trouvent chaque élément par
        son rôle et son nom accessibles, comme une aide technique.
      </p>
      <h3>Pas encore vérifié</h3>
      <p>
        Technologies utilisées : HTML, CSS, JavaScript (React), DSFR. Pas encore fait : l'audit
        manuel des 106 critères du RGAA, les tests avec des lecteurs d'écran (NVDA, VoiceOver),
        l'agrandissement à 200 % de chaque page, la réservation d'un poste au clavier seul. Un outil
        automatique ne trouve qu'une partie des défauts : ces résultats ne valent pas conformité.
      </p>

      <h2>Limites connues</h2>
      <ul>
        <li>
          Les calendriers viennent d'un composant libre (react-big-calendar) dont les rôles ARIA de
          grille étaient incomplets : AdmZ les retire, et la grille se lit comme une suite de jours
          et de boutons. Ils n'ont pas été essayés avec un lecteur d'écran ; la liste des
          réservations et la liste des postes de la page « Réserver un poste » donnent les mêmes
          informations et permettent les mêmes actions.
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
        Déclaration établie en décembre 2026, mise à jour le 4 décembre 2026. Voir aussi les{' '}
        <Link to="/mentions-legales">mentions légales</Link>.
      </p>
    </article>
  );
}
