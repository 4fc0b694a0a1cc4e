import { fr } from '@codegouvfr/react-dsfr';
import { DevOutboxView } from '../features/mail/components/dev-outbox-view';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';
import { mailMessages } from '../features/mail/mail.messages';

export function DevOutboxRoute() {
  const texts = useMessages(mailMessages).route;
  useDocumentTitle(texts.title);
  return (
    <>
      <h1>{texts.title}</h1>
      <p className={fr.cx('fr-text--lead')}>{texts.lead}</p>
      <DevOutboxView />
    </>
  );
}
