import { rotatingQrSeconds } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { useNow } from '../hooks/use-now';
import { formatCountdown } from '../lib/countdown';
import {
  getTimeUntilRefreshMs,
  isQrExpired,
  toQrImageSource,
  type RotatingQr,
} from '../lib/rotating-qr';
import { useMessages } from '../i18n/language';
import { componentsMessages } from './components.messages';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

type RotatingQrCodeProps = {
  qr: RotatingQr;
  alt: string;
  /** The last renewal failed (null when it did not): shown once the current code has expired. */
  renewalError: unknown;
  onRetry: () => void;
};

/** A QR code renewed every 30 s, with its countdown; an expired code is never displayed. */
export function RotatingQrCode({ qr, alt, renewalError, onRetry }: RotatingQrCodeProps) {
  const now = useNow();
  const messages = useMessages(componentsMessages).rotatingQr;
  const hasRenewalFailed = renewalError !== null && renewalError !== undefined;

  if (isQrExpired(qr, now)) {
    return (
      <>
        <div className="admz-pass__qr">
          <div className="admz-pass__qr-placeholder">
            {hasRenewalFailed ? (
              <p className={fr.cx('fr-mb-0')}>{messages.expired}</p>
            ) : (
              <LoadingState label={messages.renewing} />
            )}
          </div>
        </div>
        {hasRenewalFailed && (
          <ErrorState title={messages.renewalFailed} error={renewalError} onRetry={onRetry} />
        )}
      </>
    );
  }

  const untilRefreshMs = getTimeUntilRefreshMs(qr, now);
  return (
    <>
      <div className="admz-pass__qr">
        <img src={toQrImageSource(qr.qrSvg)} alt={alt} width={320} height={320} />
      </div>
      <div className={`admz-pass__rotation ${fr.cx('fr-mt-2w')}`}>
        <progress
          className="admz-pass__progress"
          aria-hidden="true"
          max={rotatingQrSeconds * 1000}
          value={untilRefreshMs}
        />
        <p className={`admz-pass__rotation-note ${fr.cx('fr-text--sm', 'fr-mb-0')}`}>
          {messages.rotationNote(rotatingQrSeconds)}{' '}
          <span className="admz-nowrap">{messages.nextCode(formatCountdown(untilRefreshMs))}</span>
        </p>
      </div>
    </>
  );
}
