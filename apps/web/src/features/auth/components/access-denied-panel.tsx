import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useMessages } from '../../../i18n/language';
import { authMessages } from '../auth.messages';

export function AccessDeniedPanel() {
  const { accessDenied } = useMessages(authMessages);
  useDocumentTitle(accessDenied.title);
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--center')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>
        <h1>{accessDenied.title}</h1>
        <p className={fr.cx('fr-text--lead')}>{accessDenied.lead}</p>
        <p>{accessDenied.why}</p>
        <ul>
          <li>{accessDenied.retry}</li>
        </ul>
        <h2 className={fr.cx('fr-h4')}>{accessDenied.inviteTitle}</h2>
        <p>{accessDenied.invite}</p>
        <Button linkProps={{ to: '/' }} iconId="fr-icon-arrow-left-line" priority="secondary">
          {accessDenied.home}
        </Button>
      </div>
    </div>
  );
}
