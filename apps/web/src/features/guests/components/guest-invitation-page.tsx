import { formatFrenchDate, type GuestPublicView } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { RotatingQrCode } from '../../../components/rotating-qr-code';
import { useAcceptCharter, useGuestPage } from '../hooks/use-guests';

/** The guest's page, opened by the link of their mail: no account, no login. */
export function GuestInvitationPage({ secret }: { secret: string }) {
  const query = useGuestPage(secret);
  if (query.isPending) return <LoadingState label="Chargement de votre invitation…" />;
  if (query.isError && !query.data) {
    return (
      <>
        <h1>Invitation</h1>
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
  const dateLabel = formatFrenchDate(view.date);
  return (
    <>
      <h1>Bonjour {view.givenName}</h1>
      <p className={fr.cx('fr-text--lead')}>
        {view.invitedBy ?? 'Un agent public'} vous invite à {view.site.name}, le {dateLabel}.
      </p>
      <div className={fr.cx('fr-mb-4w')}>
        <p className={fr.cx('fr-mb-1v')}>
          <strong>Adresse :</strong> {view.site.address}
        </p>
        {view.site.accessInfo && (
          <p className={fr.cx('fr-mb-1v')}>
            <strong>Accès :</strong> {view.site.accessInfo}
          </p>
        )}
      </div>

      {view.charter !== null && (
        <section aria-labelledby="charter-title" className={fr.cx('fr-mb-4w')}>
          <h2 id="charter-title" className={fr.cx('fr-h4')}>
            Charte d’utilisation du site
          </h2>
          <div className="admz-guest-charter" style={{ whiteSpace: 'pre-line' }}>
            {view.charter}
          </div>
          {view.charterAcceptedAt ? (
            <Alert
              severity="success"
              small
              description="Vous avez accepté la charte."
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
                  {accepting.isPending ? 'Enregistrement…' : 'J’accepte la charte'}
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
          Votre QR code d’accès
        </h2>
        {view.checkedInAt && (
          <Alert
            severity="success"
            small
            description="Votre arrivée est enregistrée. Bonne journée !"
            className={fr.cx('fr-mb-2w')}
          />
        )}
        {view.pass ? (
          <div className="admz-pass admz-guest-pass">
            <p>Présentez ce QR code à la borne d’accueil de {view.site.name}.</p>
            <RotatingQrCode
              qr={view.pass}
              alt={`QR code d’accès à ${view.site.name} le ${dateLabel}, à présenter à la borne d’accueil`}
              renewalError={renewalError}
              onRetry={onRetry}
            />
            <p className={fr.cx('fr-mt-2w')}>
              Si la caméra ne lit pas le QR code, tapez ce code à la borne :{' '}
              <strong className="admz-short-code">{view.pass.shortCode}</strong>
            </p>
          </div>
        ) : (
          <Alert
            severity="info"
            small
            description={view.passUnavailableReason ?? 'Votre QR code n’est pas encore disponible.'}
          />
        )}
      </section>
    </>
  );
}
