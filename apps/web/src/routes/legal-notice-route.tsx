import { LegalNoticePage } from '../features/legal/components/legal-notice-page';
import { useDocumentTitle } from '../hooks/use-document-title';

export function LegalNoticeRoute() {
  useDocumentTitle('Mentions légales');
  return <LegalNoticePage />;
}
