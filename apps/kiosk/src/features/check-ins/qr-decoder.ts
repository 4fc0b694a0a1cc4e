import jsQR from 'jsqr';

/** What a canvas `getImageData()` returns: RGBA bytes, row by row. */
export type ImageDataLike = { data: Uint8ClampedArray; width: number; height: number };

/** The text of the QR code seen in the frame, or null when there is none (or it cannot be read). */
export function decodeQrFromImageData(imageData: ImageDataLike): string | null {
  // Passes are dark on light (paper or phone screen): skipping the inverted pass halves the work per frame.
  const code = jsQR(imageData.data, imageData.width, imageData.height, {
    inversionAttempts: 'dontInvert',
  });
  return code === null || code.data === '' ? null : code.data;
}
