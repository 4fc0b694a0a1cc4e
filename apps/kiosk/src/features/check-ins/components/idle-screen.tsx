import { Button } from '@codegouvfr/react-dsfr/Button';
import type { KioskIdentity } from '@admz/shared';
import { SiteHeader } from '../../kiosks/components/site-header';
import type { CameraState } from '../hooks/use-camera';
import { CameraView } from './camera-view';

type IdleScreenProps = {
  identity: KioskIdentity;
  camera: CameraState;
  isPending: boolean;
  onScan: (text: string) => void;
  onTypeCode: () => void;
};

export function IdleScreen({ identity, camera, isPending, onScan, onTypeCode }: IdleScreenProps) {
  return (
    <main className="kiosk-screen kiosk-idle">
      <div className="kiosk-idle__welcome">
        <SiteHeader identity={identity} />
        <h1 className="kiosk-idle__title">Scannez votre QR code</h1>
        <p className="kiosk-idle__help">
          Présentez le QR code de votre réservation devant la caméra.
        </p>
        <Button
          type="button"
          size="large"
          className="kiosk-button kiosk-idle__type-code"
          onClick={onTypeCode}
          disabled={isPending}
        >
          Saisir mon code
        </Button>
      </div>
      <div className="kiosk-idle__camera">
        <CameraView camera={camera} isScanning={!isPending} onDecode={onScan} />
        {isPending && (
          <p className="kiosk-pending" role="status">
            Vérification de votre réservation…
          </p>
        )}
      </div>
    </main>
  );
}
