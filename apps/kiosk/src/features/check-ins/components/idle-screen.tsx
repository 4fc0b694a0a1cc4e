import { Button } from '@codegouvfr/react-dsfr/Button';
import type { KioskIdentity } from '@admz/shared';
import { useLanguage } from '../../../i18n/language';
import { SiteHeader } from '../../kiosks/components/site-header';
import { SiteStatus } from '../../kiosks/components/site-status';
import type { Camera } from '../hooks/use-camera';
import { CameraView } from './camera-view';

type IdleScreenProps = {
  identity: KioskIdentity;
  camera: Camera;
  isPending: boolean;
  onScan: (text: string) => void;
  onTypeCode: () => void;
  onOpenSettings: () => void;
};

export function IdleScreen({
  identity,
  camera,
  isPending,
  onScan,
  onTypeCode,
  onOpenSettings,
}: IdleScreenProps) {
  const { language, messages, setLanguage } = useLanguage();
  const otherLanguage = language === 'fr' ? 'en' : 'fr';
  return (
    <main className="kiosk-screen kiosk-idle">
      <div className="kiosk-idle__welcome">
        <div className="kiosk-idle__top">
          <SiteHeader identity={identity} />
          <div className="kiosk-idle__tools">
            <Button
              type="button"
              priority="tertiary"
              className="kiosk-idle__language"
              nativeButtonProps={{ lang: otherLanguage }}
              title={messages.language.switchLabel}
              onClick={() => setLanguage(otherLanguage)}
            >
              {messages.language.switchTo}
            </Button>
            <Button
              type="button"
              priority="tertiary no outline"
              iconId="fr-icon-settings-5-line"
              className="kiosk-idle__settings"
              title={messages.idle.settingsButton}
              onClick={onOpenSettings}
            />
          </div>
        </div>
        <SiteStatus identity={identity} />
        <h1 className="kiosk-idle__title">{messages.idle.title}</h1>
        <p className="kiosk-idle__help">{messages.idle.help}</p>
        <Button
          type="button"
          size="large"
          className="kiosk-button kiosk-idle__type-code"
          onClick={onTypeCode}
          disabled={isPending}
        >
          {messages.idle.typeCode}
        </Button>
      </div>
      <div className="kiosk-idle__camera">
        <CameraView camera={camera} isScanning={!isPending} onDecode={onScan} />
        {isPending && (
          <p className="kiosk-pending" role="status">
            {messages.idle.verifying}
          </p>
        )}
      </div>
    </main>
  );
}
