import type { Plugin } from 'vite';

export declare const themeColors: { light: string; dark: string };
export declare function dsfrLeanColors(): Plugin;
