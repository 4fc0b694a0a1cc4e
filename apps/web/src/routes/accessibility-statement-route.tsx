import { AccessibilityStatementPage } from '../features/legal/components/accessibility-statement-page';
import { legalMessages } from '../features/legal/legal.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function AccessibilityStatementRoute() {
  useDocumentTitle(useMessages(legalMessages).accessibility.title);
  return <AccessibilityStatementPage />;
}
