import { AccountDeletedPanel } from '../features/privacy/components/account-deleted-panel';
import { useDocumentTitle } from '../hooks/use-document-title';

export function AccountDeletedRoute() {
  useDocumentTitle('Compte supprimé');
  return <AccountDeletedPanel />;
}
