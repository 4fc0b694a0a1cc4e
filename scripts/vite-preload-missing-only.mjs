// A Vite plugin: before a lazy chunk runs, Vite preloads the chunks it imports, so that they
// download side by side instead of one after the other. For each `import()` it writes their names
// into the importing chunk (`__vite__mapDeps`), including the chunks that importing chunk already
// imports statically, which are loaded by then: every route's list names the entry's own chunks
// again, the booking page's lazy views name the page's. The lists keep only the chunks that may
// be missing (1.4 kB gzipped fewer on the booking page's first load, docs/benchmarks.md).

/** @returns {import('vite').Plugin} */
export function preloadMissingOnly() {
  /** @type {Record<string, { type: string, imports?: string[] }> | undefined} */
  let bundle;
  return {
    name: 'admz-preload-missing-only',
    enforce: 'pre',
    config: () => ({
      build: {
        modulePreload: {
          resolveDependencies(_file, dependencies, { hostId, hostType }) {
            if (!bundle || hostType !== 'js') return dependencies;
            const loaded = staticImports(bundle, hostId);
            return dependencies.filter((dependency) => !loaded.has(dependency));
          },
        },
      },
    }),
    // Runs before Vite writes the preload lists (its own generateBundle), with the chunk graph.
    generateBundle(_options, output) {
      bundle = output;
    },
  };
}

/** The chunk `root` and the chunks it imports statically, transitively: loaded before it runs. */
function staticImports(bundle, root) {
  const seen = new Set();
  const stack = [root];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const chunk = bundle[file];
    if (chunk?.type === 'chunk') stack.push(...(chunk.imports ?? []));
  }
  return seen;
}
