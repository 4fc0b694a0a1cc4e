import { fr } from '@codegouvfr/react-dsfr';
import { PublicAgendaView } from '../features/public-agenda/components/public-agenda-view';
import { useDocumentTitle } from '../hooks/use-document-title';

export function PublicAgendaRoute() {
  useDocumentTitle('Agenda public');
  return (
    <>
      <h1>Agenda public des tiers-lieux AdmZ</h1>
      <p className={fr.cx('fr-text--lead')}>
        Conférences, ateliers et journées thématiques ouverts à tous dans les tiers-lieux de l’État,
        et les étapes de la tournée AdmZ.
      </p>
      <PublicAgendaView />
    </>
  );
}
