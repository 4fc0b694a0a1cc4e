import { pairingCodeMinutes, type Kiosk, type KioskPairing } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef } from 'react';
import { useNow } from '../../../hooks/use-now';
import { formatCountdown } from '../../../lib/countdown';
import { formatShortCode, spellShortCode } from '../../bookings/short-code';
import { getMsUntilPairingExpires, isPairingUsed } from '../kiosk-state';

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
        Appairer la borne « {kioskName} »
      </h2>
      {isPairingUsed(pairing, listedKiosk) ? (
        <>
          <Alert
            severity="success"
            title="Borne appairée"
            description={`La tablette « ${kioskName} » est prête : elle accueille les agents.`}
            className={fr.cx('fr-mb-2w')}
          />
          <Button priority="secondary" onClick={onClose}>
            Fermer
          </Button>
        </>
      ) : msLeft === 0 ? (
        <>
          <Alert
            severity="warning"
            title="Code expiré"
            description="Ce code d’appairage n’est plus valable. Demandez-en un nouveau pour cette borne."
            className={fr.cx('fr-mb-2w')}
          />
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
            <li>
              <Button iconId="fr-icon-refresh-line" onClick={onRenew} disabled={isRenewing}>
                Nouveau code d’appairage
              </Button>
            </li>
            <li>
              <Button priority="secondary" onClick={onClose}>
                Fermer
              </Button>
            </li>
          </ul>
        </>
      ) : (
        <>
          <p className={fr.cx('fr-mb-1w')}>
            Sur la tablette, ouvrez <strong className="admz-nowrap">{kioskUrl}</strong> et saisissez
            ce code :
          </p>
          <p className="admz-pairing__code" id="pairing-code">
            <span aria-hidden="true">{formatShortCode(pairing.pairingCode)}</span>
            <span className={fr.cx('fr-sr-only')}>{spellShortCode(pairing.pairingCode)}</span>
          </p>
          <p className={fr.cx('fr-mb-1w')}>
            Expire dans <strong>{formatCountdown(msLeft)}</strong>.
          </p>
          <p className={fr.cx('fr-text--sm')}>
            Ce code est valable {pairingCodeMinutes} minutes et ne sert qu’une fois ; il ne sera
            plus affiché après cette page. Cette page indique quand la tablette est appairée.
          </p>
          <Button priority="secondary" onClick={onClose}>
            Masquer le code
          </Button>
        </>
      )}
    </section>
  );
}
