import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { KiosksView } from '../features/kiosks/components/kiosks-view';
import { kiosksMessages } from '../features/kiosks/kiosks.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function KiosksRoute() {
  const t = useMessages(kiosksMessages).route;
  useDocumentTitle(t.title);
  const { data: me } = useMe();
  return (
    <>
      <h1>{t.title}</h1>
      {me && canSeeHostView(me) ? (
        <>
          <p className={fr.cx('fr-text--lead')}>{t.lead}</p>
          <KiosksView me={me} />
        </>
      ) : (
        <Alert as="h2" severity="warning" title={t.deniedTitle} description={t.deniedDescription} />
      )}
    </>
  );
}
