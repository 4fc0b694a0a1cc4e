// A code-splitting group for Vite's build (rolldown's `output.codeSplitting.groups`): the
// react-dsfr components a first screen uses beyond its entry, in one chunk. Left to the automatic
// split, each lands in a chunk of its own (Select, Input, Fieldset, Badge…: 8 on the booking
// page), each repeating the same helpers (TypeScript's `__rest`, the `fr.cx` calls, the `id`
// hook) and compressed alone: 6.3 kB gzipped in 8 files, 3.1 kB in one. A page that uses one of
// them loads the chunk whole: at most ~2 kB more than its own (docs/benchmarks.md, « First load »).

/**
 * @param {{ entry: string, screen: string }} modules absolute paths: the app's entry (main.tsx)
 *   and the first screen's module (its route); the components its entry already holds stay there.
 * @returns {{ debugName: string, name: (id: string, context: { getModuleInfo: (id: string) => { importedIds: string[] } | null }) => string | null, includeDependenciesRecursively: false }}
 */
export function dsfrComponentsChunk({ entry, screen }) {
  /** @type {Set<string> | undefined} */
  let screenModules;
  return {
    debugName: 'dsfr-components',
    name(id, context) {
      if (!screenModules) {
        const entryModules = staticImports(context, entry, new Set());
        screenModules = staticImports(context, screen, entryModules);
      }
      return screenModules.has(id) &&
        /node_modules[\\/](@codegouvfr[\\/]react-dsfr|tsafe)[\\/]/.test(id)
        ? 'dsfr-components'
        : null;
    },
    // Their dependencies (React, the `fr` object) are the entry's: they stay in it.
    includeDependenciesRecursively: false,
  };
}

/** The modules `root` imports statically, transitively, not looking past those in `known`. */
function staticImports(context, root, known) {
  const seen = new Set();
  const stack = [root];
  while (stack.length > 0) {
    const id = stack.pop();
    if (seen.has(id) || known.has(id)) continue;
    seen.add(id);
    stack.push(...(context.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}
