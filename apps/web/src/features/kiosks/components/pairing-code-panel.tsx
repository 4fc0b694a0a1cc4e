import { pairingCodeMinutes, type Kiosk, type KioskPairing } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef } from 'react';
import { useNow } from '../../../hooks/use-now';
import { useMessages } from '../../../i18n/language';
import { formatCountdown } from '../../../lib/countdown';
import { formatShortCode, spellShortCode } from '../../bookings/short-code';
import { getMsUntilPairingExpires, isPairingUsed } from '../kiosk-state';
import { kiosksMessages } from '../kiosks.messages';

type PairingCodePanelProps = {
  pairing: KioskPairing;
  /** The same kiosk as the polled list shows it now: tells when the tablet has paired. */
  listedKiosk: Kiosk | undefined;
  isRenewing: boolean;
  onRenew: () => void;
  onClose: () => void;
};

/** The one-time pairing code, very large, with its countdown; shown once, never stored. */
export function PairingCodePanel({
  pairing,
  listedKiosk,
  isRenewing,
  onRenew,
  onClose,
}: PairingCodePanelProps) {
  const now = useNow();
  const t = useMessages(kiosksMessages).pairing;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const kioskName = pairing.kiosk.name;
  const msLeft = getMsUntilPairingExpires(pairing, now);
  const kioskUrl = `${window.location.origin}/kiosk/`;

  // The button that asked for the code is elsewhere on the page: bring people to the code.
  useEffect(() => {
    titleRef.current?.focus();
  }, [pairing.pairingCode]);

  return (
    <section className="admz-pairing fr-mb-4w" aria-labelledby="pairing-title">
      <h2 id="pairing-title" ref={titleRef} tabIndex={-1} className={fr.cx('fr-h4')}>
        {t.title(kioskName)}
      </h2>
      {isPairingUsed(pairing, listedKiosk) ? (
        <>
          <Alert
            severity="success"
            title={t.pairedTitle}
            description={t.paired(kioskName)}
            className={fr.cx('fr-mb-2w')}
          />
          <Button priority="secondary" onClick={onClose}>
            {t.close}
          </Button>
        </>
      ) : msLeft === 0 ? (
        <>
          <Alert
            severity="warning"
            title={t.expiredTitle}
            description={t.expired}
            className={fr.cx('fr-mb-2w')}
          />
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
            <li>
              <Button iconId="fr-icon-refresh-line" onClick={onRenew} disabled={isRenewing}>
                {t.newCode}
              </Button>
            </li>
            <li>
              <Button priority="secondary" onClick={onClose}>
                {t.close}
              </Button>
            </li>
          </ul>
        </>
      ) : (
        <>
          <p className={fr.cx('fr-mb-1w')}>
            {t.openBefore} <strong className="admz-nowrap">{kioskUrl}</strong> {t.openAfter}
          </p>
          <p className="admz-pairing__code" id="pairing-code">
            <span aria-hidden="true">{formatShortCode(pairing.pairingCode)}</span>
            <span className={fr.cx('fr-sr-only')}>{spellShortCode(pairing.pairingCode)}</span>
          </p>
          <p className={fr.cx('fr-mb-1w')}>
            {t.expiresIn} <strong>{formatCountdown(msLeft)}</strong>.
          </p>
          <p className={fr.cx('fr-text--sm')}>{t.validity(pairingCodeMinutes)}</p>
          <Button priority="secondary" onClick={onClose}>
            {t.hide}
          </Button>
        </>
      )}
    </section>
  );
}
