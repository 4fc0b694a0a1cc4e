import { PersonalDataPage } from '../features/legal/components/personal-data-page';
import { useDocumentTitle } from '../hooks/use-document-title';

export function PersonalDataRoute() {
  useDocumentTitle('Données personnelles');
  return <PersonalDataPage />;
}
