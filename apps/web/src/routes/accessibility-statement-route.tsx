import { AccessibilityStatementPage } from '../features/legal/components/accessibility-statement-page';
import { useDocumentTitle } from '../hooks/use-document-title';

export function AccessibilityStatementRoute() {
  useDocumentTitle("Déclaration d'accessibilité");
  return <AccessibilityStatementPage />;
}
