import { LegalNoticePage } from '../features/legal/components/legal-notice-page';
import { legalMessages } from '../features/legal/legal.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function LegalNoticeRoute() {
  useDocumentTitle(useMessages(legalMessages).legalNotice.title);
  return <LegalNoticePage />;
}
