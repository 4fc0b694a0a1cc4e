import { PersonalDataPage } from '../features/legal/components/personal-data-page';
import { legalMessages } from '../features/legal/legal.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function PersonalDataRoute() {
  useDocumentTitle(useMessages(legalMessages).personalData.title);
  return <PersonalDataPage />;
}
