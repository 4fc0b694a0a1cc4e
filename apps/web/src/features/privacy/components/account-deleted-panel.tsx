import type { AccountDeletion } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useLocation } from 'react-router';
import { useLanguage, useMessages } from '../../../i18n/language';
import { describeAccountDeletion } from '../my-data-summary';
import { privacyMessages } from '../privacy.messages';

/** After « Supprimer mon compte »: logged out, with what was done (when the page knows it). */
export function AccountDeletedPanel() {
  const location = useLocation();
  const language = useLanguage();
  const { accountDeleted: messages } = useMessages(privacyMessages);
  const deletion = (location.state as { deletion?: AccountDeletion } | null)?.deletion;
  const details = deletion ? describeAccountDeletion(deletion, language) : [];
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--center')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>
        <h1>{messages.title}</h1>
        <Alert severity="success" small className={fr.cx('fr-mb-3w')} description={messages.done} />
        {details.length > 0 && (
          <ul>
            {details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        <p>{messages.proConnect}</p>
        <Button linkProps={{ to: '/' }} priority="secondary">
          {messages.home}
        </Button>
      </div>
    </div>
  );
}
