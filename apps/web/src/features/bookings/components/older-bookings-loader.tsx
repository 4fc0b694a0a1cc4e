import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef } from 'react';
import { ErrorState } from '../../../components/error-state';
import { useMessages } from '../../../i18n/language';
import { olderBookingsMessages } from '../older-bookings.messages';

type OlderBookingsLoaderProps = {
  hasMore: boolean;
  isLoading: boolean;
  /** Why the last page asked for did not come, if it did not. */
  error: unknown;
  onLoadMore: () => void;
};

/** Under the history: the next page of past bookings on request, or the news that there is none. */
export function OlderBookingsLoader({
  hasMore,
  isLoading,
  error,
  onLoadMore,
}: OlderBookingsLoaderProps) {
  const texts = useMessages(olderBookingsMessages);
  const allShownRef = useRef<HTMLParagraphElement>(null);
  const hasAskedRef = useRef(false);

  // The button that had the focus is gone with the last page: the focus goes to what replaced it.
  useEffect(() => {
    if (!hasMore && hasAskedRef.current) allShownRef.current?.focus();
  }, [hasMore]);

  return (
    <div className={fr.cx('fr-mt-2w')}>
      {error !== null && <ErrorState title={texts.failed} error={error} onRetry={onLoadMore} />}
      {hasMore ? (
        <Button
          priority="secondary"
          iconId="fr-icon-arrow-down-line"
          iconPosition="right"
          // Not `disabled`: a disabled button drops the keyboard focus while the page loads.
          aria-disabled={isLoading}
          aria-busy={isLoading}
          onClick={() => {
            if (isLoading) return;
            hasAskedRef.current = true;
            onLoadMore();
          }}
        >
          {isLoading ? texts.loading : texts.loadMore}
        </Button>
      ) : (
        <p ref={allShownRef} tabIndex={-1} className={fr.cx('fr-text--sm', 'fr-mb-0')}>
          {texts.allShown}
        </p>
      )}
      <p role="status" className={fr.cx('fr-sr-only')}>
        {isLoading ? texts.loading : ''}
      </p>
    </div>
  );
}
