import type { CalendarFeed } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useEffect, useRef } from 'react';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { getBrowserTimezone } from '../../../lib/date-time';
import { calendarFeedsMessages } from '../calendar-feeds.messages';
import { CopyLinkStatus } from './copy-link-status';
import { useCopyLink } from '../hooks/use-copy-link';
import { useMyCalendarFeedStatus } from '../hooks/use-my-calendar-feed-status';
import { useRegenerateCalendarFeed } from '../hooks/use-regenerate-calendar-feed';
import { useRevokeCalendarFeed } from '../hooks/use-revoke-calendar-feed';

const regenerateFeedModal = createModal({
  id: 'regenerate-calendar-feed-modal',
  isOpenedByDefault: false,
});
const revokeFeedModal = createModal({
  id: 'revoke-calendar-feed-modal',
  isOpenedByDefault: false,
});

/**
 * « Mes réservations »: the secret subscription address of my bookings. AdmZ keeps only its
 * hash, so the address is shown once, when created; afterwards it can only be replaced.
 */
export function CalendarFeedPanel() {
  const statusQuery = useMyCalendarFeedStatus();
  const regenerateMutation = useRegenerateCalendarFeed();
  const revokeMutation = useRevokeCalendarFeed();
  const { panel: texts, regenerateModal, revokeModal } = useMessages(calendarFeedsMessages);
  const format = useFormat();
  const createdFeed = regenerateMutation.data ?? null;

  function createFeed() {
    revokeMutation.reset();
    regenerateMutation.mutate(undefined, { onSuccess: () => regenerateFeedModal.close() });
  }

  function confirmRevoke() {
    revokeMutation.mutate(undefined, {
      onSuccess: () => {
        regenerateMutation.reset();
        revokeFeedModal.close();
      },
    });
  }

  return (
    <section aria-labelledby="calendar-feed-title" className={fr.cx('fr-mb-6w')}>
      <h2 id="calendar-feed-title">{texts.title}</h2>
      <p>{texts.lead}</p>

      {statusQuery.isPending && <LoadingState label={texts.loading} />}
      {statusQuery.isError && (
        <ErrorState error={statusQuery.error} onRetry={() => void statusQuery.refetch()} />
      )}
      {statusQuery.data && (
        <>
          {createdFeed ? (
            <CreatedFeedLink feed={createdFeed} />
          ) : statusQuery.data.isActive ? (
            <p>
              {texts.active(
                statusQuery.data.createdAt
                  ? format.dateTime(statusQuery.data.createdAt, getBrowserTimezone())
                  : null,
              )}
            </p>
          ) : (
            <p>{texts.none}</p>
          )}
          {revokeMutation.isSuccess && !statusQuery.data.isActive && (
            <Alert
              severity="success"
              small
              className={fr.cx('fr-mb-2w')}
              description={texts.revoked}
            />
          )}
          {regenerateMutation.isError && !statusQuery.data.isActive && (
            <Alert
              severity="error"
              small
              className={fr.cx('fr-mb-2w')}
              description={describeError(regenerateMutation.error)}
            />
          )}
          <ul
            className={fr.cx(
              'fr-btns-group',
              'fr-btns-group--inline-sm',
              'fr-btns-group--icon-left',
            )}
          >
            {statusQuery.data.isActive ? (
              <>
                <li>
                  <Button
                    priority="secondary"
                    iconId="fr-icon-refresh-line"
                    onClick={() => {
                      regenerateMutation.reset();
                      regenerateFeedModal.open();
                    }}
                  >
                    {texts.regenerate}
                  </Button>
                </li>
                <li>
                  <Button
                    priority="tertiary"
                    iconId="fr-icon-close-circle-line"
                    onClick={() => {
                      revokeMutation.reset();
                      revokeFeedModal.open();
                    }}
                  >
                    {texts.revoke}
                  </Button>
                </li>
              </>
            ) : (
              <li>
                <Button
                  iconId="fr-icon-calendar-line"
                  disabled={regenerateMutation.isPending}
                  onClick={createFeed}
                >
                  {regenerateMutation.isPending ? texts.creating : texts.create}
                </Button>
              </li>
            )}
          </ul>
          <Accordion label={texts.howTo} titleAs="h3">
            <ul>
              <li>
                <strong>Outlook</strong>
                {texts.outlook}
              </li>
              <li>
                <strong>Thunderbird</strong>
                {texts.thunderbird}
              </li>
              <li>
                <strong>{texts.phone}</strong>
                {texts.phoneHowTo}
              </li>
            </ul>
            <p className={fr.cx('fr-mb-0')}>{texts.delay}</p>
          </Accordion>
        </>
      )}

      <regenerateFeedModal.Component
        title={regenerateModal.title}
        iconId="fr-icon-warning-line"
        buttons={[
          { children: regenerateModal.keep, priority: 'secondary' },
          {
            children: regenerateMutation.isPending
              ? regenerateModal.regenerating
              : regenerateModal.confirm,
            doClosesModal: false,
            disabled: regenerateMutation.isPending,
            onClick: createFeed,
          },
        ]}
      >
        <p>{regenerateModal.body}</p>
        {regenerateMutation.isError && (
          <Alert severity="error" small description={describeError(regenerateMutation.error)} />
        )}
      </regenerateFeedModal.Component>

      <revokeFeedModal.Component
        title={revokeModal.title}
        iconId="fr-icon-warning-line"
        buttons={[
          { children: revokeModal.keep, priority: 'secondary' },
          {
            children: revokeMutation.isPending ? revokeModal.revoking : revokeModal.confirm,
            doClosesModal: false,
            disabled: revokeMutation.isPending,
            onClick: confirmRevoke,
          },
        ]}
      >
        <p>{revokeModal.body}</p>
        {revokeMutation.isError && (
          <Alert severity="error" small description={describeError(revokeMutation.error)} />
        )}
      </revokeFeedModal.Component>
    </section>
  );
}

/** The address just created: the one time it can be copied. */
function CreatedFeedLink({ feed }: { feed: CalendarFeed }) {
  const { inputRef, copyOutcome, copyLink } = useCopyLink();
  const { createdFeed: texts } = useMessages(calendarFeedsMessages);
  const noticeRef = useRef<HTMLDivElement>(null);

  // The button that asked for it may be gone; the news is the link: focus says it.
  useEffect(() => {
    noticeRef.current?.focus();
  }, [feed.url]);

  return (
    <div className={fr.cx('fr-mb-2w')}>
      <div ref={noticeRef} tabIndex={-1} className={fr.cx('fr-mb-3w')}>
        <Alert severity="warning" small description={texts.copyNow} />
      </div>
      <Input
        label={texts.address}
        hintText={texts.pasteHint}
        nativeInputProps={{
          ref: inputRef,
          value: feed.url,
          readOnly: true,
          onFocus: (event) => event.currentTarget.select(),
          spellCheck: false,
        }}
      />
      <Button iconId="fr-icon-clipboard-line" onClick={() => void copyLink(feed.url)}>
        {texts.copy}
      </Button>
      <CopyLinkStatus outcome={copyOutcome} />
    </div>
  );
}
