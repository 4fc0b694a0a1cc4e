import { colors } from '@codegouvfr/react-dsfr/fr/colors';
import { describe, expect, it } from 'vitest';
import { themeColors } from '../../../../scripts/vite-dsfr-lean-colors.mjs';

// The build gives react-dsfr's `fr.colors` the theme colour alone (scripts/vite-dsfr-lean-colors.mjs):
// it must be the DSFR's own, light and dark, whatever version of the palette is installed.
describe('the theme colour the build keeps of the DSFR palette', () => {
  it.each([
    { isDark: false, expected: themeColors.light },
    { isDark: true, expected: themeColors.dark },
  ])('is the default grey background (dark: $isDark)', ({ isDark, expected }) => {
    expect(colors.getHex({ isDark }).decisions.background.default.grey.default).toBe(expected);
  });
});
