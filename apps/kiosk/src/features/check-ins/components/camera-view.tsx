import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef } from 'react';
import { useMessages } from '../../../i18n/language';
import type { Camera } from '../hooks/use-camera';
import { useQrScanning } from '../hooks/use-qr-scanning';

type CameraViewProps = {
  camera: Camera;
  isScanning: boolean;
  onDecode: (text: string) => void;
};

export function CameraView({ camera, isScanning, onDecode }: CameraViewProps) {
  const messages = useMessages();
  const videoRef = useRef<HTMLVideoElement>(null);
  const stream = camera.status === 'active' ? camera.stream : null;

  useEffect(() => {
    const video = videoRef.current;
    if (video === null || stream === null) return;
    video.srcObject = stream;
    video.play().catch(() => undefined);
    return () => {
      video.srcObject = null;
    };
  }, [stream]);

  useQrScanning(videoRef, isScanning && stream !== null, onDecode);

  if (camera.status === 'unavailable') {
    const problem = messages.camera.problems[camera.problem];
    return (
      <div className="kiosk-camera kiosk-camera--unavailable" role="status">
        <div className="kiosk-camera__problem">
          <p className="kiosk-camera__problem-title">{problem.title}</p>
          <p className="kiosk-camera__problem-detail">{problem.detail}</p>
          <p className="kiosk-camera__problem-detail">{messages.camera.useCode}</p>
          {camera.problem !== 'insecure' && (
            <Button type="button" priority="secondary" size="large" onClick={camera.retry}>
              {messages.camera.retry}
            </Button>
          )}
        </div>
      </div>
    );
  }

  return (
    <div className="kiosk-camera">
      <video
        ref={videoRef}
        className="kiosk-camera__video"
        muted
        playsInline
        autoPlay
        aria-label={messages.camera.videoLabel}
      />
      <div className="kiosk-camera__target" aria-hidden="true" />
      {camera.status === 'starting' && (
        <p className="kiosk-camera__message">{messages.camera.opening}</p>
      )}
    </div>
  );
}
