import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { appMessages } from '../app/app.messages';
import { getLanguage, useMessages } from '../i18n/language';

type ErrorStateProps = {
  error: unknown;
  title?: string;
  onRetry?: () => void;
};

export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return appMessages[getLanguage()].states.unexpected;
}

export function ErrorState({ error, title, onRetry }: ErrorStateProps) {
  const { states } = useMessages(appMessages);
  return (
    <div className={fr.cx('fr-my-3w')}>
      {/* An h2, not DSFR's h3: it often sits right under the page's h1 (no skipped level). */}
      <Alert
        severity="error"
        as="h2"
        title={title ?? states.errorTitle}
        description={
          <>
            <span>{describeError(error)}</span>
            {onRetry && (
              <span className={fr.cx('fr-mt-2w')} style={{ display: 'block' }}>
                <Button
                  size="small"
                  priority="secondary"
                  iconId="fr-icon-refresh-line"
                  onClick={onRetry}
                >
                  {states.retry}
                </Button>
              </span>
            )}
          </>
        }
      />
    </div>
  );
}
