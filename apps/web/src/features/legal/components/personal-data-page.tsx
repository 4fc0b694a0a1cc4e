import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useRetentionPeriods } from '../../privacy/hooks/use-retention-periods';
import { describeRetentionPeriods } from '../../privacy/my-data-summary';
import { dataProtectionOfficerEmail } from '../legal-contacts';
import { ToComplete } from './to-complete';

/** « Données personnelles »: what AdmZ keeps, why, how long, and the rights of the people. */
export function PersonalDataPage() {
  const periodsQuery = useRetentionPeriods();
  return (
    <article className={fr.cx('fr-col-12', 'fr-col-lg-10')}>
      <h1>Données personnelles</h1>
      <p className={fr.cx('fr-text--lead')}>
        AdmZ sert à réserver un poste dans les tiers-lieux de l'État et à y être accueilli. Cette
        page dit quelles données vous concernant AdmZ garde, pourquoi, combien de temps, et comment
        exercer vos droits.
      </p>

      <h2>Qui est responsable</h2>
      <p>
        Le responsable du traitement est l'administration qui publie AdmZ (voir les{' '}
        <Link to="/mentions-legales">mentions légales</Link>) <ToComplete />. Vous pouvez écrire à
        son délégué à la protection des données (DPD) :{' '}
        <a href={`mailto:${dataProtectionOfficerEmail}`}>{dataProtectionOfficerEmail}</a>{' '}
        <ToComplete />.
      </p>

      <h2>Ce qu'AdmZ garde, et pourquoi</h2>
      <ul>
        <li>
          <strong>Votre identité</strong>, transmise par ProConnect à chaque connexion : prénom, nom
          d'usage, adresse électronique, organisation et son SIRET, identifiants chez votre
          fournisseur d'identité. Elle sert à vous connecter, à vous écrire (confirmation, rappel,
          annulation) et à vous accueillir par votre nom. AdmZ lit aussi votre qualité d'agent
          public pour vous ouvrir l'accès, sans la conserver.
        </li>
        <li>
          <strong>Vos réservations</strong> : site, poste, jour, créneau, statut, séries et listes
          d'attente. Elles servent à gérer l'occupation des postes.
        </li>
        <li>
          <strong>Votre présence</strong> : heures d'arrivée et de départ, borne d'accueil qui a lu
          votre QR code. Elles servent à libérer les postes réservés mais inoccupés, à savoir qui
          est présent (accueil, évacuation) et à compter l'occupation.
        </li>
        <li>
          <strong>Votre profil « Qui est là ? »</strong>, seulement si vous l'activez : sujet de
          travail, compétences, et votre choix pour chaque réservation. Il sert à vous faire
          connaître des autres agents présents le même jour. « Quitter et effacer mon profil » le
          supprime aussitôt, comme la suppression de votre compte.
        </li>
        <li>
          <strong>Vos rôles</strong> : gestionnaire d'un site, détenteur ou détentrice d'une clé,
          poste qui vous est attribué.
        </li>
        <li>
          <strong>Le journal des actions de gestion</strong> : si vous gérez un site ou administrez
          AdmZ, chacune de vos actions de gestion (horaires, règles, postes, bornes, gestionnaires),
          avec votre nom, la date, l'avant et l'après ; et les actions qui vous concernent (vous
          nommer gestionnaire, vous donner une clé, vous attribuer un poste). Il sert à rendre
          compte de la gestion d'un service public : votre nom y reste si vous supprimez votre
          compte.
        </li>
        <li>
          <strong>Vos connexions</strong> : une session par appareil connecté (cookie technique{' '}
          <code>admz_session</code>), et l'empreinte de votre lien d'agenda si vous en avez créé un.
        </li>
      </ul>
      <p>
        Ce traitement relève de la mission d'intérêt public des administrations qui ouvrent ces
        tiers-lieux (article 6-1-e du règlement général sur la protection des données). AdmZ
        n'utilise ni mesure d'audience ni publicité : son seul cookie est celui de la session,
        nécessaire au service ; il n'y a donc rien à accepter.
      </p>

      <h2>Qui les voit</h2>
      <p>
        Les gestionnaires d'un site voient qui a réservé et qui est présent dans leur site, pour
        l'accueil et la sécurité. La borne d'accueil affiche votre prénom à votre arrivée. Les
        administrateurs d'AdmZ ont accès à l'ensemble. Les autres agents ne voient que les postes
        occupés, jamais par qui — sauf si vous activez « Qui est là ? » : les agents connectés
        voient alors votre nom, votre organisation, votre sujet, vos compétences et la zone de votre
        poste les jours où vous êtes visible, et les gestionnaires rien de plus. Rien n'est vendu ni
        transmis à des tiers.
      </p>

      <h2>Combien de temps</h2>
      <p>
        Chaque jour, AdmZ efface ou anonymise ce qui a dépassé sa durée de conservation. Les durées
        de ce service :
      </p>
      {periodsQuery.isPending && <LoadingState label="Chargement des durées de conservation…" />}
      {periodsQuery.isError && (
        <ErrorState error={periodsQuery.error} onRetry={() => void periodsQuery.refetch()} />
      )}
      {periodsQuery.data && (
        <Table
          caption="Durées de conservation"
          noCaption
          headers={['Donnée', 'Durée de conservation']}
          data={describeRetentionPeriods(periodsQuery.data).map((row) => [row.what, row.howLong])}
        />
      )}
      <p>
        La durée de conservation des heures de présence suit la recommandation de la CNIL pour les
        dispositifs de contrôle d'accès.
      </p>

      <h2>Vos droits</h2>
      <p>
        Vous pouvez accéder à vos données, les faire rectifier ou effacer, en limiter l'usage, vous
        y opposer et les emporter (portabilité). La plupart se font sans rien demander à personne,
        depuis la page <Link to="/mes-donnees">Mes données</Link> :
      </p>
      <ul>
        <li>
          <strong>Accès et portabilité</strong> : tout ce qu'AdmZ garde sur vous, lisible à l'écran
          et téléchargeable dans un fichier JSON.
        </li>
        <li>
          <strong>Effacement</strong> : « Supprimer mon compte » annule vos réservations à venir,
          anonymise les passées et efface votre identité.
        </li>
        <li>
          <strong>Rectification</strong> : votre identité vient de votre administration par
          ProConnect ; une fois corrigée auprès d'elle, AdmZ la reprend à votre connexion suivante.
        </li>
      </ul>
      <p>
        Pour toute autre demande, écrivez au délégué à la protection des données :{' '}
        <a href={`mailto:${dataProtectionOfficerEmail}`}>{dataProtectionOfficerEmail}</a>. Une
        réponse vous est due sous un mois.
      </p>

      <h2>Réclamation</h2>
      <p>
        Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous
        pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés
        (CNIL) :{' '}
        <a
          href="https://www.cnil.fr/fr/plaintes"
          target="_blank"
          rel="noreferrer"
          title="cnil.fr/fr/plaintes – nouvelle fenêtre"
        >
          cnil.fr/fr/plaintes
        </a>{' '}
        ou par courrier : CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.
      </p>
    </article>
  );
}
