import type { GuestPublicView } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { RotatingQrCode } from '../../../components/rotating-qr-code';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { guestsMessages } from '../guests.messages';
import { useAcceptCharter, useGuestPage } from '../hooks/use-guests';

/** The guest's page, opened by the link of their mail: no account, no login. */
export function GuestInvitationPage({ secret }: { secret: string }) {
  const { guestPage: messages } = useMessages(guestsMessages);
  const query = useGuestPage(secret);
  if (query.isPending) return <LoadingState label={messages.loading} />;
  if (query.isError && !query.data) {
    return (
      <>
        <h1>{messages.title}</h1>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return (
    <GuestInvitationView
      view={query.data}
      secret={secret}
      renewalError={query.error}
      onRetry={() => void query.refetch()}
    />
  );
}

function GuestInvitationView({
  view,
  secret,
  renewalError,
  onRetry,
}: {
  view: GuestPublicView;
  secret: string;
  renewalError: unknown;
  onRetry: () => void;
}) {
  const accepting = useAcceptCharter(secret);
  const { guestPage: messages } = useMessages(guestsMessages);
  const format = useFormat();
  const dateLabel = format.date(view.date);
  return (
    <>
      <h1>{messages.hello(view.givenName)}</h1>
      <p className={fr.cx('fr-text--lead')}>
        {messages.invites(view.invitedBy ?? messages.aPublicServant, view.site.name, dateLabel)}
      </p>
      <div className={fr.cx('fr-mb-4w')}>
        <p className={fr.cx('fr-mb-1v')}>
          <strong>{messages.address}</strong> {view.site.address}
        </p>
        {view.site.accessInfo && (
          <p className={fr.cx('fr-mb-1v')}>
            <strong>{messages.access}</strong> {view.site.accessInfo}
          </p>
        )}
      </div>

      {view.charter !== null && (
        <section aria-labelledby="charter-title" className={fr.cx('fr-mb-4w')}>
          <h2 id="charter-title" className={fr.cx('fr-h4')}>
            {messages.charterTitle}
          </h2>
          <div className="admz-guest-charter" style={{ whiteSpace: 'pre-line' }}>
            {view.charter}
          </div>
          {view.charterAcceptedAt ? (
            <Alert
              severity="success"
              small
              description={messages.charterAccepted}
              className={fr.cx('fr-mt-2w')}
            />
          ) : (
            view.status !== 'declined' && (
              <div className={fr.cx('fr-mt-2w')}>
                <Button
                  iconId="fr-icon-check-line"
                  onClick={() => accepting.mutate()}
                  disabled={accepting.isPending}
                >
                  {accepting.isPending ? messages.saving : messages.acceptCharter}
                </Button>
                {accepting.isError && (
                  <Alert
                    severity="error"
                    small
                    description={describeError(accepting.error)}
                    className={fr.cx('fr-mt-2w')}
                  />
                )}
              </div>
            )
          )}
        </section>
      )}

      <section aria-labelledby="pass-title">
        <h2 id="pass-title" className={fr.cx('fr-h4')}>
          {messages.passTitle}
        </h2>
        {view.checkedInAt && (
          <Alert
            severity="success"
            small
            description={messages.checkedIn}
            className={fr.cx('fr-mb-2w')}
          />
        )}
        {view.pass ? (
          <div className="admz-pass admz-guest-pass">
            <p>{messages.showPass(view.site.name)}</p>
            <RotatingQrCode
              qr={view.pass}
              alt={messages.passAlt(view.site.name, dateLabel)}
              renewalError={renewalError}
              onRetry={onRetry}
            />
            <p className={fr.cx('fr-mt-2w')}>
              {messages.shortCode}{' '}
              <strong className="admz-short-code">{view.pass.shortCode}</strong>
            </p>
          </div>
        ) : (
          <Alert
            severity="info"
            small
            description={view.passUnavailableReason ?? messages.passUnavailable}
          />
        )}
      </section>
    </>
  );
}
