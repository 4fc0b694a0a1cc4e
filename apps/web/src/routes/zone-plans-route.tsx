import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { ZonePlansView } from '../features/floor-plans/components/zone-plans-view';
import { floorPlansMessages } from '../features/floor-plans/floor-plans.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function ZonePlansRoute() {
  const messages = useMessages(floorPlansMessages);
  useDocumentTitle(messages.route.title);
  const { data: me } = useMe();
  return (
    <>
      <h1>{messages.route.title}</h1>
      {me && canSeeHostView(me) ? (
        <>
          <p className={fr.cx('fr-text--lead')}>{messages.route.lead}</p>
          <ZonePlansView me={me} />
        </>
      ) : (
        <Alert
          as="h2"
          severity="warning"
          title={messages.hostsOnly.title}
          description={messages.hostsOnly.description}
        />
      )}
    </>
  );
}
