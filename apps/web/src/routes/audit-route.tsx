import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useMe } from '../features/auth/hooks/use-me';
import { AuditLogView } from '../features/audit/components/audit-log-view';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';
import { auditMessages } from '../features/audit/audit.messages';

export function AuditRoute() {
  const texts = useMessages(auditMessages).route;
  useDocumentTitle(texts.title);
  const { data: me } = useMe();
  return (
    <>
      <h1>{texts.title}</h1>
      {me?.isAdmin ? (
        <>
          <p className={fr.cx('fr-text--lead')}>{texts.lead}</p>
          <AuditLogView />
        </>
      ) : (
        <Alert
          as="h2"
          severity="warning"
          title={texts.adminsOnlyTitle}
          description={texts.adminsOnly}
        />
      )}
    </>
  );
}
