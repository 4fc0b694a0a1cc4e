import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useMe } from '../features/auth/hooks/use-me';
import { HostsView } from '../features/hosts/components/hosts-view';
import { hostsMessages } from '../features/hosts/hosts.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function HostsRoute() {
  const t = useMessages(hostsMessages).route;
  useDocumentTitle(t.title);
  const { data: me } = useMe();
  return (
    <>
      <h1>{t.title}</h1>
      {me?.isAdmin ? (
        <>
          <p className={fr.cx('fr-text--lead')}>{t.lead}</p>
          <HostsView />
        </>
      ) : (
        <Alert as="h2" severity="warning" title={t.deniedTitle} description={t.deniedDescription} />
      )}
    </>
  );
}
