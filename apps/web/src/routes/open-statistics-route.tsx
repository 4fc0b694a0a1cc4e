import { fr } from '@codegouvfr/react-dsfr';
import { OpenStatisticsView } from '../features/analytics/components/open-statistics-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function OpenStatisticsRoute() {
  useDocumentTitle('Statistiques ouvertes');
  return (
    <>
      <h1>Statistiques ouvertes</h1>
      <p className={fr.cx('fr-text--lead')}>
        La fréquentation des tiers-lieux AdmZ, mois par mois, et la rencontre entre administrations
        : des agents d’au moins deux administrations ont-ils partagé le lieu ?
      </p>
      <p>
        Aucune donnée personnelle n’est publiée. Par secret statistique, un mois où moins de cinq
        personnes sont venues dans un tiers-lieu n’a aucun chiffre publié : il est marqué « &lt; 5
        personnes ». Le taux d’occupation rapporte les demi-journées réservées aux demi-journées
        offertes (postes actifs × 2 × jours ouverts). Pour les événements, les présents sont les
        inscrits sur place enregistrés à la borne d’accueil, les absents ceux qui ne s’y sont pas
        présentés ; un mois où moins de cinq personnes se sont inscrites sur place ne donne que le
        nombre d’événements.
      </p>
      <OpenStatisticsView />
    </>
  );
}
