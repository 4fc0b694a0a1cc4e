import { describe, expect, it } from 'vitest';
import { defaultKioskSettings, parseKioskSettings } from './kiosk-settings';

describe('parseKioskSettings', () => {
  it('starts with sound on and the page free to leave', () => {
    expect(parseKioskSettings(null)).toEqual({ isLeaveGuardOn: false, isSoundOn: true });
  });

  it('reads what the site team chose', () => {
    expect(parseKioskSettings('{"isLeaveGuardOn":true,"isSoundOn":false}')).toEqual({
      isLeaveGuardOn: true,
      isSoundOn: false,
    });
  });

  it('completes a partial record with the defaults', () => {
    expect(parseKioskSettings('{"isSoundOn":false}')).toEqual({
      isLeaveGuardOn: false,
      isSoundOn: false,
    });
  });

  it('falls back to the defaults for a damaged record', () => {
    expect(parseKioskSettings('{not json')).toEqual(defaultKioskSettings);
    expect(parseKioskSettings('{"isSoundOn":"yes"}')).toEqual(defaultKioskSettings);
  });
});
