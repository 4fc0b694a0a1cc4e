import { useEffect, useEffectEvent, type RefObject } from 'react';
import type { ImageDataLike } from '../qr-decoder';

const scanIntervalMs = 200;
// Frames reach the decoder as the camera films them (it samples them itself, centre first); only a
// camera beyond 1080p is scaled down to this many pixels on the longest side.
const maxFrameSize = 1920;

let qrDecoder: Promise<typeof import('../qr-decoder')> | undefined;

/**
 * jsQR is a third of the kiosk's code and no screen needs it to show: it loads after the first
 * one (main.tsx asks right away, so it is there before any network outage) or at the first scan.
 */
export function loadQrDecoder(): Promise<typeof import('../qr-decoder')> {
  qrDecoder ??= import('../qr-decoder').catch((error: unknown) => {
    qrDecoder = undefined; // Offline before it ever loaded: the next scan tries again.
    throw error;
  });
  return qrDecoder;
}

/** While active, reads a frame from the video every 200 ms and reports the QR code text it finds. */
export function useQrScanning(
  videoRef: RefObject<HTMLVideoElement | null>,
  isActive: boolean,
  onDecode: (text: string) => void,
): void {
  const reportDecode = useEffectEvent(onDecode);

  useEffect(() => {
    if (!isActive) return;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (context === null) return;

    let isStopped = false;
    let timer: number | undefined;
    const startScanning = ({ decodeQrFromImageData }: typeof import('../qr-decoder')) => {
      if (isStopped) return;
      timer = window.setInterval(() => {
        const video = videoRef.current;
        if (
          video === null ||
          video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA ||
          video.videoWidth === 0
        )
          return;
        const text = decodeQrFromImageData(grabFrame(video, canvas, context));
        if (text !== null) reportDecode(text);
      }, scanIntervalMs);
    };
    // Without the decoder (offline before it loaded) the camera shows, the typed code still works.
    loadQrDecoder().then(startScanning, () => undefined);

    return () => {
      isStopped = true;
      window.clearInterval(timer);
    };
  }, [isActive, videoRef]);
}

function grabFrame(
  video: HTMLVideoElement,
  canvas: HTMLCanvasElement,
  context: CanvasRenderingContext2D,
): ImageDataLike {
  const scale = Math.min(1, maxFrameSize / Math.max(video.videoWidth, video.videoHeight));
  const width = Math.round(video.videoWidth * scale);
  const height = Math.round(video.videoHeight * scale);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  context.drawImage(video, 0, 0, width, height);
  return context.getImageData(0, 0, width, height);
}
