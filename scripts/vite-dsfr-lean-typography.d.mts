import type { Plugin } from 'vite';

export declare function dsfrLeanTypography(): Plugin;
