import { MyDataView } from '../features/privacy/components/my-data-view';
import { privacyMessages } from '../features/privacy/privacy.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function MyDataRoute() {
  const { myDataRoute: messages } = useMessages(privacyMessages);
  useDocumentTitle(messages.title);
  return (
    <>
      <h1>{messages.title}</h1>
      <MyDataView />
    </>
  );
}
