import { useEffect, useRef } from 'react';
import type { CameraState } from '../hooks/use-camera';
import { useQrScanning } from '../hooks/use-qr-scanning';

type CameraViewProps = {
  camera: CameraState;
  isScanning: boolean;
  onDecode: (text: string) => void;
};

export function CameraView({ camera, isScanning, onDecode }: CameraViewProps) {
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
    return (
      <div className="kiosk-camera kiosk-camera--unavailable" role="status">
        <p className="kiosk-camera__message">Caméra indisponible : utilisez la saisie du code</p>
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
        aria-label="Image de la caméra"
      />
      <div className="kiosk-camera__target" aria-hidden="true" />
      {camera.status === 'starting' && (
        <p className="kiosk-camera__message">Ouverture de la caméra…</p>
      )}
    </div>
  );
}
