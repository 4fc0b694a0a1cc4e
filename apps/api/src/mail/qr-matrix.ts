import QRCode from 'qrcode';

/** A QR code's modules, row by row: `dark[row * size + column]` is 1 for a dark module. */
export type QrMatrix = { size: number; dark: Uint8Array };

/**
 * The QR code of `text` (one byte-mode segment, error correction M), with the mask the standard
 * asks for: of the eight, the one whose symbol scores the fewest penalty points. The `qrcode`
 * package scores the eight through a method call per module and pass, most of a confirmation
 * mail's cost (2 ms of a ~300-character token's 69 × 69 symbol); here the symbol is encoded once
 * with mask 0, unmasked, and each mask scored over flat arrays. The same rules and the same ties
 * (the lowest mask of the lowest score) make the same symbol as the package's own search, which
 * the tests check module by module.
 */
export function createQrMatrix(text: string): QrMatrix {
  // One byte-mode segment: tokens are base64url, where the search for a cheaper mix of modes
  // (a shortest path over the text) costs time and finds nothing.
  const { modules } = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
    maskPattern: 0,
  });
  const { size } = modules;
  const masks = masksOfSize(size, modules.reservedBit);
  const format = formatPositions(size);
  // The data modules as they were before mask 0.
  const plain = Uint8Array.from(modules.data);
  const mask0 = masks[0] as Uint8Array;
  for (let index = 0; index < plain.length; index += 1) plain[index] ^= mask0[index] as number;

  const candidate = new Uint8Array(plain.length);
  let best: Uint8Array | null = null;
  let lowestPenalty = Infinity;
  for (let pattern = 0; pattern < masks.length; pattern += 1) {
    const mask = masks[pattern] as Uint8Array;
    for (let index = 0; index < plain.length; index += 1) {
      candidate[index] = (plain[index] as number) ^ (mask[index] as number);
    }
    writeFormat(candidate, format, pattern);
    const points = penalty(candidate, size);
    if (points < lowestPenalty) {
      lowestPenalty = points;
      best = Uint8Array.from(candidate);
    }
  }
  return { size, dark: best as Uint8Array };
}

/** Per symbol size, each mask's modules to flip: the pattern's, outside the function modules. */
const maskCache = new Map<number, Uint8Array[]>();

function masksOfSize(size: number, reserved: Uint8Array): Uint8Array[] {
  const cached = maskCache.get(size);
  if (cached) return cached;
  const masks = maskFormulas.map((isMasked) => {
    const mask = new Uint8Array(size * size);
    for (let row = 0; row < size; row += 1) {
      for (let column = 0; column < size; column += 1) {
        const index = row * size + column;
        if (!reserved[index] && isMasked(row, column)) mask[index] = 1;
      }
    }
    return mask;
  });
  // The function modules of a size are the same for every text (same version, same layout).
  maskCache.set(size, masks);
  return masks;
}

/** The eight data mask patterns of ISO/IEC 18004, by row `i` and column `j`. */
const maskFormulas: ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

/** Where each of the 15 format bits goes, twice (beside the top-left finder, and split). */
type FormatPositions = { vertical: number[]; horizontal: number[]; fixed: number };

function formatPositions(size: number): FormatPositions {
  const vertical: number[] = [];
  const horizontal: number[] = [];
  for (let bit = 0; bit < 15; bit += 1) {
    const row = bit < 6 ? bit : bit < 8 ? bit + 1 : size - 15 + bit;
    vertical.push(row * size + 8);
    const column = bit < 8 ? size - bit - 1 : bit < 9 ? 15 - bit : 15 - bit - 1;
    horizontal.push(8 * size + column);
  }
  return { vertical, horizontal, fixed: (size - 8) * size + 8 };
}

function writeFormat(modules: Uint8Array, positions: FormatPositions, pattern: number): void {
  const bits = formatBits(pattern);
  for (let bit = 0; bit < 15; bit += 1) {
    const value = (bits >> bit) & 1;
    modules[positions.vertical[bit] as number] = value;
    modules[positions.horizontal[bit] as number] = value;
  }
  // The dark module, always dark.
  modules[positions.fixed] = 1;
}

/** Error correction M (indicator 00) and the mask, with their BCH(15,5) code, XOR 101010000010010. */
function formatBits(pattern: number): number {
  const data = (0b00 << 3) | pattern;
  let remainder = data << 10;
  for (let bit = 14; bit >= 10; bit -= 1) {
    if ((remainder >> bit) & 1) remainder ^= 0b10100110111 << (bit - 10);
  }
  return ((data << 10) | remainder) ^ 0b101010000010010;
}

/**
 * The four penalty rules, scored as the `qrcode` package scores them: runs of five or more
 * modules of one colour in a row or column (3 + the excess), 2 × 2 blocks of one colour (3
 * each), the 1:1:3:1:1 finder-like pattern with four light modules on one side (40 each), and the
 * distance of the dark share from half (10 per 5 %).
 */
function penalty(modules: Uint8Array, size: number): number {
  let points = 0;
  for (let line = 0; line < size; line += 1) {
    let rowRun = 0;
    let columnRun = 0;
    let rowLast = -1;
    let columnLast = -1;
    let rowBits = 0;
    let columnBits = 0;
    for (let position = 0; position < size; position += 1) {
      const inRow = modules[line * size + position] as number;
      const inColumn = modules[position * size + line] as number;
      if (inRow === rowLast) rowRun += 1;
      else {
        if (rowRun >= 5) points += 3 + rowRun - 5;
        rowLast = inRow;
        rowRun = 1;
      }
      if (inColumn === columnLast) columnRun += 1;
      else {
        if (columnRun >= 5) points += 3 + columnRun - 5;
        columnLast = inColumn;
        columnRun = 1;
      }
      rowBits = ((rowBits << 1) & 0x7ff) | inRow;
      columnBits = ((columnBits << 1) & 0x7ff) | inColumn;
      if (position >= 10) {
        if (rowBits === 0x5d0 || rowBits === 0x05d) points += 40;
        if (columnBits === 0x5d0 || columnBits === 0x05d) points += 40;
      }
    }
    if (rowRun >= 5) points += 3 + rowRun - 5;
    if (columnRun >= 5) points += 3 + columnRun - 5;
  }
  let blocks = 0;
  for (let row = 0; row < size - 1; row += 1) {
    for (let column = 0; column < size - 1; column += 1) {
      const index = row * size + column;
      const sum =
        (modules[index] as number) +
        (modules[index + 1] as number) +
        (modules[index + size] as number) +
        (modules[index + size + 1] as number);
      if (sum === 4 || sum === 0) blocks += 1;
    }
  }
  points += blocks * 3;
  let darkCount = 0;
  for (let index = 0; index < modules.length; index += 1) darkCount += modules[index] as number;
  const fifths = Math.abs(Math.ceil((darkCount * 100) / modules.length / 5) - 10);
  return points + fifths * 10;
}
