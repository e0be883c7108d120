// Mail rendering -> template compiler: the only module that needs handlebars' compiler. It checks a
// template's source (syntax, required slots, no unescaped HTML) and compiles it, for the build step
// that precompiles the built-ins and, at run time, for a user's overrides only: templates.ts loads
// it on demand, so a container whose mail uses the built-ins never evaluates it.
import Handlebars from 'handlebars';
import { allFiles, compileOptionsFor, specOf } from './template-specs.ts';

interface Usage {
  paths: Set<string>;
  partials: Set<string>;
  unescaped: number;
}

function walk(node: unknown, usage: Usage): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, usage);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown> & { type?: string };
  if (record.type === 'PathExpression' && typeof record.original === 'string') {
    usage.paths.add(record.original);
  }
  if (record.type === 'PartialStatement' || record.type === 'PartialBlockStatement') {
    const name = record.name as { original?: unknown } | undefined;
    if (typeof name?.original === 'string') usage.partials.add(name.original);
  }
  if (record.type === 'MustacheStatement' && record.escaped === false) usage.unescaped += 1;
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'loc' && key !== 'strip' && key !== 'openStrip' && key !== 'closeStrip') {
      walk(value, usage);
    }
  }
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/** Syntax, required slots and (for HTML) no unescaped output; null when the source is fine. */
export function checkSource(file: string, source: string): string | null {
  const spec = specOf(file);
  if (!spec) return `unknown template (expected one of: ${allFiles().join(', ')})`;
  let ast: unknown;
  try {
    ast = Handlebars.parse(source);
  } catch (error) {
    return `does not compile: ${firstLine(error)}`;
  }
  const usage: Usage = { paths: new Set(), partials: new Set(), unescaped: 0 };
  walk(ast, usage);
  const missing = spec.required.filter((slot) =>
    slot.startsWith('>')
      ? !usage.partials.has(slot.slice(1))
      : ![...usage.paths].some((path) => path === slot || path.startsWith(`${slot}.`)),
  );
  if (missing.length > 0) {
    const names = missing.map((slot) => `{{${slot}}}`);
    return `misses required slot${missing.length > 1 ? 's' : ''} ${names.join(', ')}`;
  }
  if (
    spec.subjectLine &&
    !/^Subject:[^\n]*\S[^\n]*\r?\n\r?\n/.test(source.replace(/^\uFEFF/, ''))
  ) {
    return 'must start with a `Subject: …` line followed by a blank line';
  }
  if (spec.flavor === 'html' && usage.unescaped > 0) {
    return 'uses unescaped output ({{{…}}} or {{&…}}), which is not allowed in HTML templates';
  }
  return null;
}

/** A private environment that can compile as well as run templates (the runtime's cannot). */
export const createCompilingEnvironment = () => Handlebars.create();

/** Compiles a checked source inside `env`, which must come from createCompilingEnvironment. */
export function compileSource(
  env: typeof Handlebars,
  file: string,
  source: string,
): HandlebarsTemplateDelegate {
  const spec = specOf(file);
  if (!spec) throw new Error(`no template spec for ${file}`);
  return env.compile(source, compileOptionsFor(spec.flavor));
}

/**
 * Precompiles for the handlebars runtime bundled beside the output (4.7), which always gives a
 * template `container.lookupProperty`: the compiler's fallback for runtimes before 4.6, written
 * into every template that reads a property, would be ~25 KB of dead code in each bundle.
 */
function createPrecompilingEnvironment(): typeof Handlebars {
  // Handlebars' documented way to change the generated code; its types leave the compiler out.
  const env = Handlebars.create() as typeof Handlebars & { JavaScriptCompiler: CompilerClass };
  class ForBundledRuntime extends env.JavaScriptCompiler {
    // Nested blocks are compiled by `compiler`, which would otherwise be the stock class.
    override compiler = ForBundledRuntime;
    lookupPropertyFunctionVarDeclaration() {
      return 'lookupProperty = container.lookupProperty';
    }
  }
  env.JavaScriptCompiler = ForBundledRuntime;
  return env;
}

// biome-ignore lint/suspicious/noExplicitAny: handlebars' compiler class is untyped.
type CompilerClass = new (...args: any[]) => { compiler: unknown };

let precompiling: typeof Handlebars | undefined;

/** The JavaScript of a checked source, compiled ahead of time for handlebars' runtime. */
export function precompileSource(file: string, source: string): string {
  const spec = specOf(file);
  if (!spec) throw new Error(`no template spec for ${file}`);
  precompiling ??= createPrecompilingEnvironment();
  return String(precompiling.precompile(source, compileOptionsFor(spec.flavor)));
}
