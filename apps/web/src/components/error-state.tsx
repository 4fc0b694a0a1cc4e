import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';

type ErrorStateProps = {
  error: unknown;
  title?: string;
  onRetry?: () => void;
};

export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Une erreur inattendue est survenue. Réessayez dans un instant.';
}

export function ErrorState({ error, title = 'Une erreur est survenue', onRetry }: ErrorStateProps) {
  return (
    <div className={fr.cx('fr-my-3w')}>
      {/* An h2, not DSFR's h3: it often sits right under the page's h1 (no skipped level). */}
      <Alert
        severity="error"
        as="h2"
        title={title}
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
                  Réessayer
                </Button>
              </span>
            )}
          </>
        }
      />
    </div>
  );
}
