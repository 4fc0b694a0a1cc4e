// A Vite plugin: the `fr` object every react-dsfr component imports carries the whole DSFR
// palette as JavaScript (`fr.colors`: its CSS variables and hex values, ~12 kB gzipped), which
// react-dsfr itself only reads when it starts, to write <meta name="theme-color"> (the default
// grey background, light or dark). In the bundle `fr.colors` answers that alone; code that needs
// the palette (a chart) imports `@codegouvfr/react-dsfr/fr/colors` itself, which stays whole
// (only fr/index.js's import is redirected). Any other read of `fr.colors` throws, naming the fix.

/** The DSFR's default grey background (decisions.background.default.grey.default), checked by a test. */
export const themeColors = { light: '#ffffff', dark: '#161616' };

const virtualId = '\0admz-dsfr-theme-colors';

const leanColorsModule = `
const themeColors = ${JSON.stringify(themeColors)};
const fail = () => {
  throw new Error(
    "fr.colors only gives the theme colour in this build: import { colors } from '@codegouvfr/react-dsfr/fr/colors'.",
  );
};
export const colors = {
  getHex: ({ isDark }) => ({
    decisions: {
      background: { default: { grey: { default: isDark ? themeColors.dark : themeColors.light } } },
    },
  }),
  get options() {
    return fail();
  },
  get decisions() {
    return fail();
  },
};
`;

/** @returns {import('vite').Plugin} */
export function dsfrLeanColors() {
  return {
    name: 'admz-dsfr-lean-colors',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './colors' && importer && /react-dsfr[\\/]fr[\\/]index\.js$/.test(importer)) {
        return virtualId;
      }
      return null;
    },
    load(id) {
      return id === virtualId ? leanColorsModule : null;
    },
  };
}
