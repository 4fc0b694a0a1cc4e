// A Vite plugin: after the build, writes `file.br` and `file.gz` next to each compressible file of
// the output, so the server sends them as they are (no compression per request).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats worth compressing; images and web fonts (woff, woff2) are compressed already. */
const compressibleExtensions = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.txt',
  '.map',
  '.webmanifest',
  '.xml',
  '.ttf',
  '.otf',
]);
/** Below this, the headers weigh more than what compression saves. */
const minimumBytes = 512;

/** @param {string} directory @returns {string[]} */
function listFiles(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    // .vite/ holds the build manifest, which is never served.
    if (entry.name.startsWith('.')) return [];
    const path = join(directory, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * Compresses every compressible file of `directory`; a variant larger than its file is not kept.
 * @param {string} directory
 * @returns {number} how many files got compressed variants
 */
export function precompressDirectory(directory) {
  let count = 0;
  for (const path of listFiles(directory)) {
    if (!compressibleExtensions.has(extname(path)) || statSync(path).size < minimumBytes) continue;
    const content = readFileSync(path);
    const brotli = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    const gzip = gzipSync(content, { level: 9 });
    if (brotli.length < content.length) writeFileSync(`${path}.br`, brotli);
    if (gzip.length < content.length) writeFileSync(`${path}.gz`, gzip);
    count += 1;
  }
  return count;
}

/** @returns {import('vite').Plugin} */
export function precompress() {
  /** @type {import('vite').ResolvedConfig | undefined} */
  let resolved;
  return {
    name: 'admz-precompress',
    apply: 'build',
    configResolved(config) {
      resolved = config;
    },
    closeBundle() {
      if (!resolved) return;
      const count = precompressDirectory(join(resolved.root, resolved.build.outDir));
      resolved.logger.info(`${count} files precompressed (brotli and gzip)`);
    },
  };
}
