import type { Me } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { useRef } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { RotatingQrCode } from '../../../components/rotating-qr-code';
import { FullscreenButton } from '../../../components/fullscreen-button';
import { useMessages } from '../../../i18n/language';
import { myPassMessages } from '../my-pass.messages';
import { useMyPass } from '../hooks/use-my-pass';

/** « Mon pass »: the personal QR code that lets an agent walk in without a booking. */
export function MyPassView({ me }: { me: Me }) {
  const passQuery = useMyPass();
  const passRef = useRef<HTMLElement>(null);
  const { view: texts } = useMessages(myPassMessages);
  const name = `${me.givenName} ${me.usualName}`;

  if (passQuery.isPending) return <LoadingState label={texts.loading} />;
  if (passQuery.isError && passQuery.data === undefined) {
    return (
      <ErrorState
        title={texts.unavailable}
        error={passQuery.error}
        onRetry={() => void passQuery.refetch()}
      />
    );
  }

  return (
    <section ref={passRef} className="admz-pass admz-pass--fit" aria-labelledby="my-pass-title">
      <div className="admz-pass__inner">
        <div className="admz-pass__head">
          <h2 id="my-pass-title" className={fr.cx('fr-h4', 'fr-mb-2w')}>
            {texts.title(name)}
          </h2>
        </div>
        <div className="admz-pass__visual">
          <RotatingQrCode
            qr={passQuery.data}
            alt={texts.alt(name)}
            renewalError={passQuery.error}
            onRetry={() => void passQuery.refetch()}
          />
        </div>
      </div>
      <FullscreenButton targetRef={passRef} />
    </section>
  );
}
