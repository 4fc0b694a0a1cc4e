import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { SiteSettingsView } from '../features/site-settings/components/site-settings-view';
import { siteSettingsMessages } from '../features/site-settings/site-settings.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function SiteSettingsRoute() {
  const t = useMessages(siteSettingsMessages).route;
  useDocumentTitle(t.title);
  const { data: me } = useMe();
  return (
    <>
      <h1>{t.title}</h1>
      {me && canSeeHostView(me) ? (
        <>
          <p className={fr.cx('fr-text--lead')}>{t.lead}</p>
          <SiteSettingsView me={me} />
        </>
      ) : (
        <Alert as="h2" severity="warning" title={t.deniedTitle} description={t.deniedDescription} />
      )}
    </>
  );
}
