import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeQrFromImageData, type ImageDataLike } from './qr-decoder';

const quietZoneModules = 4;

/** Draws a QR code the way a camera frame holds it: RGBA, black modules on white, with a margin. */
function renderQrCode(text: string, pixelsPerModule = 4): ImageDataLike {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = (modules.size + 2 * quietZoneModules) * pixelsPerModule;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (!modules.get(row, column)) continue;
      for (let dy = 0; dy < pixelsPerModule; dy++) {
        for (let dx = 0; dx < pixelsPerModule; dx++) {
          const y = (row + quietZoneModules) * pixelsPerModule + dy;
          const x = (column + quietZoneModules) * pixelsPerModule + dx;
          data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
        }
      }
    }
  }
  return { data, width: side, height: side };
}

describe('decodeQrFromImageData', () => {
  it('reads back the text of a generated QR code', () => {
    expect(decodeQrFromImageData(renderQrCode('Bonjour AdmZ'))).toBe('Bonjour AdmZ');
  });

  it('reads a long signed token, as a booking pass carries', () => {
    const token = `eyJhbGciOiJFUzI1NiIsImtpZCI6ImsxIn0.${'eyJib29raW5nSWQiOiIxMjMifQ'.repeat(8)}.${'c2lnbmF0dXJl'.repeat(6)}`;
    expect(decodeQrFromImageData(renderQrCode(token, 3))).toBe(token);
  });

  it('finds the code inside a larger frame', () => {
    const qr = renderQrCode('dans le cadre', 3);
    const width = qr.width + 120;
    const height = qr.height + 80;
    const data = new Uint8ClampedArray(width * height * 4).fill(230);
    for (let y = 0; y < qr.height; y++) {
      const target = ((y + 40) * width + 60) * 4;
      data.set(qr.data.subarray(y * qr.width * 4, (y + 1) * qr.width * 4), target);
    }
    expect(decodeQrFromImageData({ data, width, height })).toBe('dans le cadre');
  });

  it('returns null for a frame without a QR code', () => {
    const side = 200;
    const data = new Uint8ClampedArray(side * side * 4).fill(200);
    expect(decodeQrFromImageData({ data, width: side, height: side })).toBeNull();
  });
});
