import { z } from 'zod/mini';

const storageKey = 'admz.kiosk.settings';

const kioskSettingsSchema = z.object({
  /** beforeunload guard, history trap and full screen. */
  isLeaveGuardOn: z.boolean(),
  isSoundOn: z.boolean(),
});
export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

export const defaultKioskSettings: KioskSettings = { isLeaveGuardOn: false, isSoundOn: true };

/** Settings as stored on the tablet; a missing key takes its default, a damaged record all defaults. */
export function parseKioskSettings(stored: string | null): KioskSettings {
  try {
    const parsed = z.partial(kioskSettingsSchema).safeParse(JSON.parse(stored ?? '{}'));
    return parsed.success ? { ...defaultKioskSettings, ...parsed.data } : defaultKioskSettings;
  } catch {
    return defaultKioskSettings;
  }
}

export function readKioskSettings(): KioskSettings {
  try {
    return parseKioskSettings(window.localStorage.getItem(storageKey));
  } catch {
    return defaultKioskSettings;
  }
}

export function storeKioskSettings(settings: KioskSettings): void {
  window.localStorage.setItem(storageKey, JSON.stringify(settings));
}
