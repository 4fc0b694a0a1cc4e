import { fr } from '@codegouvfr/react-dsfr';
import { LoadingState } from '../components/loading-state';
import { useMe } from '../features/auth/hooks/use-me';
import { MyPassView } from '../features/my-pass/components/my-pass-view';
import { myPassMessages } from '../features/my-pass/my-pass.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function MyPassRoute() {
  const { page } = useMessages(myPassMessages);
  useDocumentTitle(page.title);
  const { data: me } = useMe();
  return (
    <>
      <h1>{page.title}</h1>
      <p className={fr.cx('fr-text--lead')}>{page.lead}</p>
      {me ? <MyPassView me={me} /> : <LoadingState />}
      <p className={fr.cx('fr-mt-3w', 'fr-text--sm')}>{page.alreadyBooked}</p>
    </>
  );
}
