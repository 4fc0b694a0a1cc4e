// Replaced at build time by Vite (`define` in vite.config.ts).
declare const __APP_VERSION__: string;

export const appVersion: string = __APP_VERSION__;
