import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useMe } from '../features/auth/hooks/use-me';
import { SitesAdminView } from '../features/sites-admin/components/sites-admin-view';
import { sitesAdminMessages } from '../features/sites-admin/sites-admin.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function SitesAdminRoute() {
  const t = useMessages(sitesAdminMessages).route;
  useDocumentTitle(t.title);
  const { data: me } = useMe();
  return (
    <>
      <h1>{t.title}</h1>
      {me?.isAdmin ? (
        <>
          <p className={fr.cx('fr-text--lead')}>{t.lead}</p>
          <SitesAdminView />
        </>
      ) : (
        <Alert as="h2" severity="warning" title={t.deniedTitle} description={t.deniedDescription} />
      )}
    </>
  );
}
