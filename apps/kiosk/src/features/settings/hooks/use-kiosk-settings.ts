import { useState } from 'react';
import { readKioskSettings, storeKioskSettings, type KioskSettings } from '../kiosk-settings';

/** The tablet's settings, kept in localStorage across reloads. */
export function useKioskSettings() {
  const [settings, setSettings] = useState<KioskSettings>(readKioskSettings);

  const updateSettings = (change: Partial<KioskSettings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    try {
      storeKioskSettings(next);
    } catch {
      // Storage refused: the setting holds until the next reload.
    }
  };

  return { settings, updateSettings };
}
