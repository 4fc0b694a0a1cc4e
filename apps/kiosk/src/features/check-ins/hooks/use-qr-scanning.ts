import { useEffect, useEffectEvent, type RefObject } from 'react';
import { decodeQrFromImageData, type ImageDataLike } from '../qr-decoder';

const scanIntervalMs = 200;
// Frames are scaled down to this many pixels on their longest side: enough for a pass held up to the camera.
const maxFrameSize = 640;

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

    const timer = window.setInterval(() => {
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

    return () => window.clearInterval(timer);
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
