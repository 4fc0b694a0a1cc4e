// A Vite plugin: the `fr` object every react-dsfr component imports carries `fr.typography`, the
// DSFR's headings and text styles as JavaScript (~1 kB gzipped), for MUI themes; no react-dsfr
// component reads it, nor does the app (its typography is the DSFR's stylesheet). In the bundle
// `fr.typography` is an empty list that throws when read, naming what to do; only fr/index.js's
// import is redirected, as for `fr.colors` (vite-dsfr-lean-colors.mjs).

const virtualId = '\0admz-dsfr-no-typography';

const noTypographyModule = `
const fail = () => {
  throw new Error(
    'fr.typography is left out of this build (scripts/vite-dsfr-lean-typography.mjs): remove the plugin to read it.',
  );
};
export const typography = new Proxy([], { get: fail, has: fail, ownKeys: fail });
`;

/** @returns {import('vite').Plugin} */
export function dsfrLeanTypography() {
  return {
    name: 'admz-dsfr-lean-typography',
    enforce: 'pre',
    resolveId(source, importer) {
      if (
        source === './generatedFromCss/typography' &&
        importer &&
        /react-dsfr[\\/]fr[\\/]index\.js$/.test(importer)
      ) {
        return virtualId;
      }
      return null;
    },
    load(id) {
      return id === virtualId ? noTypographyModule : null;
    },
  };
}
