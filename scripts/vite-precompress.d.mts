import type { Plugin } from 'vite';

/** Writes `.br` and `.gz` next to each compressible file of `directory`; how many it compressed. */
export function precompressDirectory(directory: string): number;
/** The Vite plugin: precompresses the build's output directory once it is written. */
export function precompress(): Plugin;
