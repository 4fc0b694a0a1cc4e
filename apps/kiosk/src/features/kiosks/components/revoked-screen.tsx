import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMessages } from '../../../i18n/language';

/** Shown as soon as the API refuses the credential: nothing can be recorded here any more. */
export function RevokedScreen({ onPairAgain }: { onPairAgain: () => void }) {
  const messages = useMessages();
  return (
    <main className="kiosk-screen kiosk-message kiosk-revoked">
      <div className="kiosk-message__panel" role="alert">
        <span className="kiosk-result__symbol" aria-hidden="true">
          !
        </span>
        <h1 className="kiosk-message__title">{messages.revoked.title}</h1>
        <p className="kiosk-message__detail">{messages.revoked.explanation}</p>
        <p className="kiosk-message__detail">{messages.revoked.howTo}</p>
      </div>
      <Button type="button" size="large" className="kiosk-button" onClick={onPairAgain}>
        {messages.revoked.pairAgain}
      </Button>
    </main>
  );
}
