import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { RefObject } from 'react';
import { useFullscreen } from '../hooks/use-fullscreen';
import { useMessages } from '../i18n/language';
import { componentsMessages } from './components.messages';

/** « Plein écran » for a QR code shown at a kiosk; nothing where the browser cannot do it. */
export function FullscreenButton({ targetRef }: { targetRef: RefObject<HTMLElement | null> }) {
  const { isSupported, isFullscreen, toggleFullscreen } = useFullscreen(targetRef);
  const messages = useMessages(componentsMessages).fullscreen;
  if (!isSupported) return null;
  return (
    <Button
      className={`admz-pass__exit ${fr.cx('fr-mt-3w')}`}
      priority={isFullscreen ? 'secondary' : 'primary'}
      iconId="fr-icon-fullscreen-line"
      onClick={() => void toggleFullscreen()}
    >
      {isFullscreen ? messages.exit : messages.enter}
    </Button>
  );
}
