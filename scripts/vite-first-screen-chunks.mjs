// Code-splitting groups for Vite's build (rolldown's `output.codeSplitting.groups`) that decide
// how the first screens' code is cut. Left to the automatic split, what the entry loads was cut
// into 7 to 9 chunks and the booking page's react-dsfr components into 8, each compressed alone
// and importing the others by name: the same code weighs less in fewer files
// (docs/benchmarks.md, « First load »). Both groups leave a module's dependencies where they are
// (`includeDependenciesRecursively: false`): they only gather modules the screen loads anyway.

/**
 * Everything the entry loads before its first render, in one chunk. libs/shared is imported
 * through its index, which re-exports every file: only the files the frame itself uses are
 * taken (`sharedFiles`); the others go where the pages that use them are.
 * @param {{ entry: string, sharedFiles: string[], leftOut?: RegExp[] }} options the entry module
 *   (main.tsx), absolute; the libs/shared file names the frame uses (`common.ts`…); modules a
 *   package's index re-exports that only some pages use, left to those pages' chunks
 */
export function entryChunk({ entry, sharedFiles, leftOut = [] }) {
  /** @type {Set<string> | undefined} */
  let entryModules;
  return {
    debugName: 'app-entry',
    name(id, context) {
      entryModules ??= staticImports(context, entry, new Set());
      const sharedFile = /libs[\\/]shared[\\/]src[\\/](.+)$/.exec(id)?.[1];
      if (sharedFile !== undefined && !sharedFiles.includes(sharedFile)) return null;
      if (leftOut.some((pattern) => pattern.test(id))) return null;
      // Vite's preload helper: every `import()` of the frame uses it.
      return entryModules.has(id) || id.includes('vite/preload-helper') ? 'app-entry' : null;
    },
    includeDependenciesRecursively: false,
  };
}

/**
 * The react-dsfr components a first screen uses beyond its entry, in one chunk: one by one they
 * repeat the same helpers (TypeScript's `__rest`, the `fr.cx` calls, the `id` hook). A page that
 * uses one of them loads the chunk whole.
 * @param {{ entry: string, screen: string }} modules absolute paths: the app's entry (main.tsx)
 *   and the first screen's module (its route); the components its entry already holds stay there.
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
