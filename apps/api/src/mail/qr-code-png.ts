import { crc32, deflateSync } from 'node:zlib';
import { createQrMatrix } from './qr-matrix';

/** Quiet zone around the code, in modules (the standard asks 4; 2 reads well on a white mail). */
const marginModules = 2;

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * `text` as a QR code in a black-and-white PNG about `targetWidth` pixels wide, each module a
 * square of whole pixels. Written here, one bit per pixel and deflated by zlib, because the
 * `qrcode` package's PNG (RGBA, filtered row by row in JavaScript) took ~50 ms a mail on this
 * machine — most of a confirmation's cost — where this takes the QR matrix's fraction of one.
 */
export function renderQrCodePng(text: string, targetWidth = 440): Buffer {
  const modules = createQrMatrix(text);
  const side = modules.size + 2 * marginModules;
  const scale = Math.max(1, Math.floor(targetWidth / side));
  const width = side * scale;
  const rowBytes = Math.ceil(width / 8);
  // Each scanline: the filter byte (0, none), then the pixels, 1 white and 0 black, MSB first.
  const image = Buffer.alloc((rowBytes + 1) * width);
  for (let moduleRow = 0; moduleRow < side; moduleRow += 1) {
    const line = Buffer.alloc(rowBytes + 1, 0xff);
    line[0] = 0;
    const row = moduleRow - marginModules;
    for (let moduleColumn = 0; moduleColumn < side; moduleColumn += 1) {
      const column = moduleColumn - marginModules;
      const isDark =
        row >= 0 &&
        column >= 0 &&
        row < modules.size &&
        column < modules.size &&
        modules.dark[row * modules.size + column] === 1;
      if (!isDark) continue;
      for (let pixel = moduleColumn * scale; pixel < (moduleColumn + 1) * scale; pixel += 1) {
        const index = 1 + (pixel >> 3);
        line[index] = (line[index] ?? 0) & ~(0x80 >> (pixel & 7));
      }
    }
    for (let copy = 0; copy < scale; copy += 1) {
      line.copy(image, (moduleRow * scale + copy) * line.length);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(width, 4);
  // Bit depth 1, colour type 0 (greyscale), deflate, adaptive filtering, no interlace.
  header.set([1, 0, 0, 0, 0], 8);
  return Buffer.concat([
    pngSignature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(image)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData) >>> 0, 0);
  return Buffer.concat([length, typeAndData, checksum]);
}
