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

/** A camera frame of grey `background` with `qr` drawn at (left, top). */
function frameWith(
  qr: ImageDataLike,
  { width = 1280, height = 720, left = 0, top = 0, background = 170 },
): ImageDataLike {
  const data = new Uint8ClampedArray(width * height * 4).fill(background);
  for (let y = 0; y < qr.height; y++) {
    const target = ((y + top) * width + left) * 4;
    data.set(qr.data.subarray(y * qr.width * 4, (y + 1) * qr.width * 4), target);
  }
  return { data, width, height };
}

/** Where `qr` sits centred in a frame of `width` × `height`. */
function centred(qr: ImageDataLike, width = 1280, height = 720) {
  return {
    width,
    height,
    left: Math.floor((width - qr.width) / 2),
    top: Math.floor((height - qr.height) / 2),
  };
}

// A pass's token: a signed JWS, version 15 or so once encoded.
const passToken = `eyJhbGciOiJFZERTQSIsImtpZCI6ImsxIn0.${'eyJib29raW5nSWQiOiIxMjMifQ'.repeat(9)}.${'c2lnbmF0dXJl'.repeat(7)}`;

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

  describe('in a 1280×720 camera frame', () => {
    it('reads a pass held in the viewfinder, at the centre', () => {
      const qr = renderQrCode(passToken, 6);
      expect(decodeQrFromImageData(frameWith(qr, centred(qr)))).toBe(passToken);
    });

    it('reads it wherever its modules (5 pixels wide) fall against the sampled pixels', () => {
      const qr = renderQrCode(passToken, 5);
      const shifts: [number, number][] = [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
        [3, 2],
      ];
      for (const [dx, dy] of shifts) {
        const at = centred(qr);
        const frame = frameWith(qr, { ...at, left: at.left + dx, top: at.top + dy });
        expect(decodeQrFromImageData(frame)).toBe(passToken);
      }
    });

    it('reads a code held off-centre, outside the centred square', () => {
      const qr = renderQrCode('au bord du cadre', 8);
      expect(qr.width).toBeLessThan(280);
      // Wholly in the leftmost 280 columns: the centred 720×720 square does not hold any of it.
      expect(decodeQrFromImageData(frameWith(qr, { left: 0, top: 420 }))).toBe('au bord du cadre');
      expect(decodeQrFromImageData(frameWith(qr, { left: 1280 - qr.width, top: 10 }))).toBe(
        'au bord du cadre',
      );
    });

    it('reads a small code, a fifth of the frame high', () => {
      const qr = renderQrCode('petit code', 4);
      expect(qr.height).toBeLessThanOrEqual(720 / 5);
      expect(decodeQrFromImageData(frameWith(qr, centred(qr)))).toBe('petit code');
      expect(decodeQrFromImageData(frameWith(qr, { left: 100, top: 500 }))).toBe('petit code');
    });

    it('reads a large code that fills the frame from top to bottom', () => {
      const qr = renderQrCode(passToken, 8);
      expect(qr.height).toBeGreaterThan(640);
      expect(decodeQrFromImageData(frameWith(qr, centred(qr)))).toBe(passToken);
    });

    it('returns null for an empty frame, and for one of noise', () => {
      expect(decodeQrFromImageData(frameWith(renderQrCode('x', 0), {}))).toBeNull();
      const noise = frameWith(renderQrCode('x', 0), {});
      let seed = 7;
      for (let index = 0; index < noise.data.length; index += 4) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        noise.data.fill(seed % 256, index, index + 3);
      }
      expect(decodeQrFromImageData(noise)).toBeNull();
    });
  });

  it('reads a pass filling a 640×480 frame, as the browser test films it', () => {
    const qr = renderQrCode(passToken, 5);
    expect(decodeQrFromImageData(frameWith(qr, centred(qr, 640, 480)))).toBe(passToken);
  });

  it('reads a frame whose bytes start at an offset that is not a multiple of 4', () => {
    const qr = renderQrCode('décalé', 4);
    const bytes = new Uint8ClampedArray(qr.data.length + 1);
    bytes.set(qr.data, 1);
    const data = bytes.subarray(1);
    expect(decodeQrFromImageData({ data, width: qr.width, height: qr.height })).toBe('décalé');
  });
});
