// Infra -> a function's code as it ships: one esbuild run per entry point, ESM with code splitting.
// index.mjs holds what every event needs; what only some events need (the reader, handlebars'
// compiler for a user's overrides, ical.js for a calendar) is an ordinary dynamic import in the
// code, and so a chunk of its own beside index.mjs, loaded when first needed. Code that two chunks
// share is a chunk of its own too: every module is in one file only, with one copy of its state.
// Also, for the infra tests and the benchmark: which of those files a cold start loads.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/** The file Lambda loads (handler `index.handler`). */
export const ENTRY_FILE = 'index.mjs';

// Some CommonJS dependencies call require() at run time; an ESM file has none, so each gets one.
const requireShim =
  "import { createRequire as __followupCreateRequire } from 'node:module'; const require = __followupCreateRequire(import.meta.url);";

/**
 * Bundles `entry` (relative to the project root) into `outdir`: index.mjs, its chunks, and a
 * source map beside each (without the sources' text). Throws on any build error.
 */
export function bundleFunction(projectRoot: string, entry: string, outdir: string): void {
  buildSync({
    absWorkingDir: projectRoot,
    entryPoints: { index: join(projectRoot, entry) },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    mainFields: ['module', 'main'],
    tsconfig: join(projectRoot, 'tsconfig.json'),
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    banner: { js: requireShim },
    logLevel: 'warning',
  });
}

export interface BundleLoad {
  /** index.mjs and the chunks it imports statically, however deep: what a cold start loads. */
  atImport: string[];
  /** The other chunks, each loaded by a dynamic import when some event first needs it. */
  onDemand: string[];
}

/** Which of a bundle's files (relative to its folder) a cold start loads, and which wait. */
export function bundleLoad(dir: string): BundleLoad {
  // esbuild reads the output back and reports every import with its kind; packages (there are
  // none but Node's own) stay unresolved.
  const { metafile } = buildSync({
    absWorkingDir: dir,
    entryPoints: [join(dir, ENTRY_FILE)],
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  const inputs = metafile?.inputs ?? {};
  const atImport = new Set([ENTRY_FILE]);
  const pending = [ENTRY_FILE];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    for (const imported of inputs[file]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || !(imported.path in inputs)) continue;
      if (!atImport.has(imported.path)) {
        atImport.add(imported.path);
        pending.push(imported.path);
      }
    }
  }
  return {
    atImport: [...atImport].sort(),
    onDemand: Object.keys(inputs)
      .filter((file) => !atImport.has(file))
      .sort(),
  };
}

/** The size of some of a bundle's files, in KB. */
export function kbOf(dir: string, files: readonly string[]): number {
  return files.reduce((total, file) => total + statSync(join(dir, file)).size, 0) / 1024;
}
