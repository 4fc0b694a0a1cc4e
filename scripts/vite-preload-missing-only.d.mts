import type { Plugin } from 'vite';

export declare function preloadMissingOnly(): Plugin;
