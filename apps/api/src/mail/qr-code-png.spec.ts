import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { renderQrCodePng } from './qr-code-png';

function decode(png: Buffer): { text: string | null; width: number; height: number } {
  const image = PNG.sync.read(png);
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return { text: found?.data ?? null, width: image.width, height: image.height };
}

describe('renderQrCodePng', () => {
  test('a token of a mail reads back from the image, a square of about 440 pixels', () => {
    // As long as a booking's signed token (~300 characters), with the characters it uses.
    const token = `v1.${'eyJib29raW5nSWQiOiIxMjM0NTY3OC05YWJjLTRkZWYtOGFiYy0xMjM0NTY3ODlhYmMifQ'.repeat(4)}.sig_-`;
    const decoded = decode(renderQrCodePng(token));
    expect(decoded.text).toBe(token);
    expect(decoded.width).toBe(decoded.height);
    expect(decoded.width).toBeGreaterThan(400);
    expect(decoded.width).toBeLessThanOrEqual(440);
  });

  test('a short text gets larger modules, still within the width asked', () => {
    const decoded = decode(renderQrCodePng('AB3D-EF7H', 200));
    expect(decoded.text).toBe('AB3D-EF7H');
    expect(decoded.width).toBeLessThanOrEqual(200);
    expect(decoded.width).toBeGreaterThan(150);
  });
});
