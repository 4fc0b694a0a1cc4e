import QRCode from 'qrcode';

/** A QR code's modules, row by row: `dark[row * size + column]` is 1 for a dark module. */
export type QrMatrix = { size: number; dark: Uint8Array };

/**
 * The QR code of `text` (one byte-mode segment, error correction M), with the mask the standard
 * asks for: of the eight, the one whose symbol scores the fewest penalty points. The `qrcode`
 * package scores the eight through a method call per module and pass: 0.85 ms of a
 * ~300-character token's 69 × 69 symbol, the largest part of a confirmation mail's CPU. Here the
 * symbol is encoded once with mask 0 and unmasked, and each mask is scored over its rows and
 * columns as 32-bit words, 32 positions at a time (0.2 ms in all). The same rules and the same ties
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
  const mask0 = masks[0]?.modules as Uint8Array;
  for (let index = 0; index < plain.length; index += 1) {
    plain[index] = (plain[index] as number) ^ (mask0[index] as number);
  }

  const plainLines = { rows: toLines(plain, size, false), columns: toLines(plain, size, true) };
  const rows = new Int32Array(plainLines.rows.length);
  const columns = new Int32Array(plainLines.columns.length);
  let bestPattern = 0;
  let lowestPenalty = Infinity;
  masks.forEach((mask, pattern) => {
    for (let index = 0; index < rows.length; index += 1) {
      rows[index] = (plainLines.rows[index] as number) ^ (mask.rows[index] as number);
      columns[index] = (plainLines.columns[index] as number) ^ (mask.columns[index] as number);
    }
    writeFormatInLines(rows, columns, size, format, pattern);
    const points = penalty(rows, columns, size);
    if (points < lowestPenalty) {
      lowestPenalty = points;
      bestPattern = pattern;
    }
  });
  const dark = plain;
  const best = masks[bestPattern]?.modules as Uint8Array;
  for (let index = 0; index < dark.length; index += 1) {
    dark[index] = (dark[index] as number) ^ (best[index] as number);
  }
  writeFormat(dark, format, bestPattern);
  return { size, dark };
}

/** A mask's modules to flip: as bytes, and as the bit lines the penalty is scored on. */
type Mask = { modules: Uint8Array; rows: Int32Array; columns: Int32Array };

/** Per symbol size, each mask: the pattern's modules, outside the function modules. */
const maskCache = new Map<number, Mask[]>();

function masksOfSize(size: number, reserved: Uint8Array): Mask[] {
  const cached = maskCache.get(size);
  if (cached) return cached;
  const masks = maskFormulas.map((isMasked) => {
    const modules = new Uint8Array(size * size);
    for (let row = 0; row < size; row += 1) {
      for (let column = 0; column < size; column += 1) {
        const index = row * size + column;
        if (!reserved[index] && isMasked(row, column)) modules[index] = 1;
      }
    }
    return {
      modules,
      rows: toLines(modules, size, false),
      columns: toLines(modules, size, true),
    };
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

/** 32-bit words per line: the line's modules, then a word of zeros to read windows past its end. */
const wordsPerLine = (size: number) => (size >> 5) + 2;

/**
 * The symbol's rows (or, `transposed`, its columns) as bits: module `k` of line `i` is bit
 * `k & 31` of word `i * wordsPerLine + (k >> 5)`.
 */
function toLines(modules: Uint8Array, size: number, transposed: boolean): Int32Array {
  const perLine = wordsPerLine(size);
  const lines = new Int32Array(size * perLine);
  for (let line = 0; line < size; line += 1) {
    for (let position = 0; position < size; position += 1) {
      const isDark = transposed ? modules[position * size + line] : modules[line * size + position];
      if (isDark) setBit(lines, line * perLine, position, 1);
    }
  }
  return lines;
}

function setBit(lines: Int32Array, start: number, position: number, value: number): void {
  const word = start + (position >> 5);
  const bit = 1 << (position & 31);
  lines[word] = value ? (lines[word] as number) | bit : (lines[word] as number) & ~bit;
}

function writeFormatInLines(
  rows: Int32Array,
  columns: Int32Array,
  size: number,
  positions: FormatPositions,
  pattern: number,
): void {
  const perLine = wordsPerLine(size);
  const bits = formatBits(pattern);
  const write = (index: number, value: number) => {
    const row = Math.floor(index / size);
    const column = index - row * size;
    setBit(rows, row * perLine, column, value);
    setBit(columns, column * perLine, row, value);
  };
  for (let bit = 0; bit < 15; bit += 1) {
    const value = (bits >> bit) & 1;
    write(positions.vertical[bit] as number, value);
    write(positions.horizontal[bit] as number, value);
  }
  write(positions.fixed, 1);
}

/** Modules `offset` to `offset + 31` of the line starting at word `start`, from bit 0 up. */
function window32(lines: Int32Array, start: number, offset: number): number {
  const word = start + (offset >> 5);
  const shift = offset & 31;
  if (shift === 0) return lines[word] as number;
  return ((lines[word] as number) >>> shift) | ((lines[word + 1] as number) << (32 - shift));
}

/** The low `count` bits (0 to 32) set. */
const lowBits = (count: number) => (count >= 32 ? -1 : count <= 0 ? 0 : (1 << count) - 1);

function popcount(value: number): number {
  let bits = value - ((value >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The four penalty rules, scored as the `qrcode` package scores them: runs of five or more
 * modules of one colour in a row or column (3 + the excess), 2 × 2 blocks of one colour (3
 * each), the 1:1:3:1:1 finder-like pattern with four light modules on one side (40 each), and the
 * distance of the dark share from half (10 per 5 %). Scored 32 positions at a time: bit `i` of
 * each word below says something of the window starting at module `base + i`.
 */
function penalty(rows: Int32Array, columns: Int32Array, size: number): number {
  const perLine = wordsPerLine(size);
  let points = 0;
  for (let line = 0; line < size; line += 1) {
    points += linePenalty(rows, line * perLine, size) + linePenalty(columns, line * perLine, size);
  }
  let blocks = 0;
  let darkCount = 0;
  for (let row = 0; row < size; row += 1) {
    const start = row * perLine;
    for (let base = 0; base < size; base += 32) {
      darkCount += popcount(window32(rows, start, base) & lowBits(size - base));
      if (row === size - 1) continue;
      const here = window32(rows, start, base);
      const right = window32(rows, start, base + 1);
      const below = window32(rows, start + perLine, base);
      const belowRight = window32(rows, start + perLine, base + 1);
      const sameBlock = ~(here ^ right) & ~(here ^ below) & ~(right ^ belowRight);
      blocks += popcount(sameBlock & lowBits(size - 1 - base));
    }
  }
  points += blocks * 3;
  const fifths = Math.abs(Math.ceil((darkCount * 100) / (size * size) / 5) - 10);
  return points + fifths * 10;
}

/** Rules 1 and 3 on one line. */
function linePenalty(lines: Int32Array, start: number, size: number): number {
  let points = 0;
  for (let base = 0; base < size; base += 32) {
    const m0 = window32(lines, start, base);
    const m1 = window32(lines, start, base + 1);
    const m2 = window32(lines, start, base + 2);
    const m3 = window32(lines, start, base + 3);
    const m4 = window32(lines, start, base + 4);
    const m5 = window32(lines, start, base + 5);
    const m6 = window32(lines, start, base + 6);
    const m7 = window32(lines, start, base + 7);
    const m8 = window32(lines, start, base + 8);
    const m9 = window32(lines, start, base + 9);
    const m10 = window32(lines, start, base + 10);
    // Five modules alike from here; a run of n ≥ 5 has n − 4 of them, and one start (its
    // previous module differs, or it begins the line): n − 4 + 2 = 3 + (n − 5) points.
    const fiveAlike = ~(m0 ^ m1) & ~(m1 ^ m2) & ~(m2 ^ m3) & ~(m3 ^ m4) & lowBits(size - 4 - base);
    const previous = base === 0 ? m0 << 1 : window32(lines, start, base - 1);
    const runStarts = fiveAlike & ((previous ^ m0) | (base === 0 ? 1 : 0));
    points += popcount(fiveAlike) + 2 * popcount(runStarts);
    // Dark-light-dark×3-light-dark with four light after it, or before it.
    const finderThenLight = m0 & ~m1 & m2 & m3 & m4 & ~m5 & m6 & ~m7 & ~m8 & ~m9 & ~m10;
    const lightThenFinder = ~m0 & ~m1 & ~m2 & ~m3 & m4 & ~m5 & m6 & m7 & m8 & ~m9 & m10;
    points += 40 * popcount((finderThenLight | lightThenFinder) & lowBits(size - 10 - base));
  }
  return points;
}
