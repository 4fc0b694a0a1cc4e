import { AccountDeletedPanel } from '../features/privacy/components/account-deleted-panel';
import { privacyMessages } from '../features/privacy/privacy.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function AccountDeletedRoute() {
  useDocumentTitle(useMessages(privacyMessages).accountDeletedRoute.title);
  return <AccountDeletedPanel />;
}
