import { fr } from '@codegouvfr/react-dsfr';
import { appMessages } from '../app/app.messages';
import { useMessages } from '../i18n/language';

type LoadingStateProps = { label?: string };

export function LoadingState({ label }: LoadingStateProps) {
  const { states } = useMessages(appMessages);
  return (
    <div className={fr.cx('fr-py-4w')} role="status" aria-live="polite">
      <p className={fr.cx('fr-text--lg', 'fr-mb-0')}>
        <span className="admz-spinner" aria-hidden="true" />
        {label ?? states.loading}
      </p>
    </div>
  );
}
