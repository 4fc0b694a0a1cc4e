import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import { describe, expect, test } from 'vitest';
import { createQrMatrix } from './qr-matrix';

/** The `qrcode` package's own symbol, with its own search for the mask. */
function packageSymbol(text: string) {
  return QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  });
}

describe('createQrMatrix', () => {
  test('makes the symbol the qrcode package makes, module by module, for texts of every length', () => {
    const masksSeen = new Set<number>();
    // Lengths from a short code to a signed token, so that many versions and every mask occur.
    for (let index = 0; index < 600; index += 1) {
      const length = 1 + ((index * 7) % 400);
      const text = randomBytes(length).toString('base64url').slice(0, length);
      const expected = packageSymbol(text);
      const matrix = createQrMatrix(text);
      masksSeen.add(Number(expected.maskPattern));
      expect(matrix.size).toBe(expected.modules.size);
      expect(Buffer.from(matrix.dark).equals(Buffer.from(expected.modules.data))).toBe(true);
    }
    // The comparison covered the choice of each of the eight masks, not one mask eight times.
    expect([...masksSeen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  test('a text with characters outside ASCII is encoded as its UTF-8 bytes, as the package does', () => {
    const text = 'Réservation confirmée — poste A-12 · 08:30';
    const expected = packageSymbol(text);
    expect(Buffer.from(createQrMatrix(text).dark).equals(Buffer.from(expected.modules.data))).toBe(
      true,
    );
  });
});
