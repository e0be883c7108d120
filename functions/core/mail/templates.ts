// Mail rendering -> templates: the built-in set, precompiled at build time (built-in-templates.ts,
// generated from templates/ by `npm run gen:templates`), run by handlebars' runtime alone and, with
// no overrides, each template loaded when it is first rendered (a mail's own module, and the
// partials'); the user's overrides, each checked and compiled when loaded (the compiler and every
// built-in are loaded then, and only when there is one), and rejected with a reason, the built-in
// kept, when it is not sound. A private Handlebars environment, strict, known helpers only, no
// prototype access: a template can read the view it is given and nothing else.
import Runtime from 'handlebars/runtime';
import type { TemplateSource } from '../ports.ts';
import { BUILT_IN_TEMPLATES } from './built-in-templates.ts';
import {
  allFiles,
  PARTIAL_SPECS,
  type PartialName,
  partialFile,
  TEMPLATE_SPECS,
  type TemplateName,
  templateFile,
} from './template-specs.ts';

export {
  type Flavor,
  PARTIAL_SPECS,
  type PartialName,
  TEMPLATE_SPECS,
  type TemplateName,
} from './template-specs.ts';

/**
 * Views per template that exercise its branches (a full one, a sparse one), so a template that
 * cannot render is caught at load rather than when a real mail needs it.
 */
export type Samples = Record<TemplateName, readonly object[]>;

export interface OverrideRejection {
  /** Path relative to the overrides folder, e.g. `drafts/thank-you.hbs`. */
  file: string;
  reason: string;
}

export interface LoadedTemplates {
  /** Loads the template first if it is not yet (a precompiled built-in's module). */
  render(name: TemplateName, view: object): Promise<string>;
  /** Files taken from the overrides folder. */
  overridden: string[];
  rejected: OverrideRejection[];
}

export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
  allowCallsToHelperMissing: false,
} as const;

type Environment = typeof Runtime;
/** A template ready to join a set: it becomes a renderer inside the set's environment. */
type Entry = (env: Environment) => HandlebarsTemplateDelegate;
type Entries = Map<string, Entry>;
type Compiler = typeof import('./template-compiler.ts');

/**
 * The compiler, loaded only when a source must be compiled (an override, a folder of built-ins): in
 * the Lambda bundles, a chunk of its own beside index.mjs (infra/bundle.ts).
 */
const loadCompiler = (): Promise<Compiler> => import('./template-compiler.ts');

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

function compileSet(env: Environment, entries: Entries): Render {
  const compileOne = (file: string): HandlebarsTemplateDelegate => {
    const entry = entries.get(file);
    if (!entry) throw new TemplateError(`template ${file} is not loaded`);
    return entry(env);
  };
  for (const partial of Object.keys(PARTIAL_SPECS) as PartialName[]) {
    env.registerPartial(partial, compileOne(partialFile(partial)));
  }
  const compiled = new Map<TemplateName, HandlebarsTemplateDelegate>();
  for (const name of Object.keys(TEMPLATE_SPECS) as TemplateName[]) {
    compiled.set(name, compileOne(templateFile(name)));
  }
  return (name, view) => {
    const template = compiled.get(name);
    if (!template) throw new TemplateError(`no template named ${name}`);
    return template(view, RUNTIME_OPTIONS);
  };
}

type Trial = { ok: true; render: Render } | { ok: false; file: string; reason: string };
type Render = (name: TemplateName, view: object) => string;

/** Compiles the set and renders every template with its samples; the first failure, if any. */
function trial(env: Environment, entries: Entries, samples: Samples): Trial {
  let render: Render;
  try {
    render = compileSet(env, entries);
  } catch (error) {
    return { ok: false, file: '(set)', reason: `does not compile: ${firstLine(error)}` };
  }
  for (const name of Object.keys(TEMPLATE_SPECS) as TemplateName[]) {
    try {
      for (const sample of samples[name]) render(name, sample);
    } catch (error) {
      return {
        ok: false,
        file: templateFile(name),
        reason: `does not render: ${firstLine(error)}`,
      };
    }
  }
  return { ok: true, render };
}

/** A mail's two bodies, `mail/<name>.text` and `mail/<name>.html`, rendered with one view. */
export async function renderTextAndHtml(
  templates: LoadedTemplates,
  name: string,
  view: object,
): Promise<{ text: string; html: string }> {
  const [text, html] = await Promise.all([
    templates.render(`mail/${name}.text` as TemplateName, view),
    templates.render(`mail/${name}.html` as TemplateName, view),
  ]);
  return { text, html };
}

/** A template is a page of text; anything bigger is a mistake (or a file that is not one). */
export const MAX_TEMPLATE_BYTES = 64 * 1024;

/** A built-in's precompiled spec, its module imported if it is not yet. */
async function precompiled(file: string): Promise<TemplateSpecification> {
  const spec = (await BUILT_IN_TEMPLATES[file]?.())?.TEMPLATES[file];
  if (!spec) throw new TemplateError(`template ${file} is not loaded`);
  return spec;
}

/** Every built-in, precompiled: for a set that overrides must be tried against. */
async function precompiledEntries(): Promise<Entries> {
  const entries = await Promise.all(
    allFiles().map(async (file): Promise<[string, Entry]> => {
      const spec = await precompiled(file);
      return [file, (env) => env.template(spec)];
    }),
  );
  return new Map(entries);
}

/** `make(key)` once per key; a failure is forgotten, so that the next call tries again. */
function memo<K, V>(make: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const made = new Map<K, Promise<V>>();
  return (key) => {
    let value = made.get(key);
    if (!value) {
      value = make(key);
      made.set(key, value);
      value.catch(() => made.delete(key));
    }
    return value;
  };
}

/**
 * The precompiled built-ins alone, each loaded when first rendered: the template's module and the
 * partials' (every mail uses some), so a function loads only the templates of the mails it
 * writes. Checked and tried on every sample when they were generated (scripts/gen-templates.ts).
 */
function lazyPrecompiledRender(): LoadedTemplates['render'] {
  const env = Runtime.create();
  const partials = memo<void, void>(async () => {
    const names = Object.keys(PARTIAL_SPECS) as PartialName[];
    const loaded = await Promise.all(
      names.map(async (name) => ({ name, spec: await precompiled(partialFile(name)) })),
    );
    for (const { name, spec } of loaded) env.registerPartial(name, env.template(spec));
  });
  const template = memo(async (name: TemplateName) =>
    env.template(await precompiled(templateFile(name))),
  );
  return async (name, view) => {
    const [render] = await Promise.all([template(name), partials()]);
    return render(view, RUNTIME_OPTIONS);
  };
}

/** Every file of a folder of built-ins, checked and ready to compile; throws on the first fault. */
async function builtInEntries(templates: TemplateSource, compiler: Compiler): Promise<Entries> {
  const entries: Entries = new Map();
  const files = allFiles();
  const sources = await Promise.all(files.map((file) => templates.read(file)));
  files.forEach((file, index) => {
    const source = sources[index];
    if (source === undefined) {
      throw new TemplateError(`built-in template ${file} is missing from ${templates.where}`);
    }
    if (typeof source !== 'string') {
      throw new TemplateError(`built-in template ${file} ${source.problem}`);
    }
    const problem = compiler.checkSource(file, source);
    if (problem) throw new TemplateError(`built-in template ${file} ${problem}`);
    entries.set(file, (env) => compiler.compileSource(env, file, source));
  });
  return entries;
}

export async function loadTemplates(options: {
  /** Built-ins from a folder of sources instead of the precompiled set (the build step's input). */
  builtIns?: TemplateSource | undefined;
  overrides?: TemplateSource | undefined;
  /** Asked for only when a set must be tried (overrides, a folder of built-ins). */
  samples: () => Samples | Promise<Samples>;
}): Promise<LoadedTemplates> {
  const overrideFiles = (await options.overrides?.list()) ?? [];
  if (!options.builtIns && overrideFiles.length === 0) {
    return { render: lazyPrecompiledRender(), overridden: [], rejected: [] };
  }
  const samples = await options.samples();
  let compiler: Compiler | undefined;
  let entries: Entries;
  let render: Render;
  if (options.builtIns) {
    compiler = await loadCompiler();
    entries = await builtInEntries(options.builtIns, compiler);
    const builtIn = trial(compiler.createCompilingEnvironment(), entries, samples);
    if (!builtIn.ok) {
      throw new TemplateError(`built-in template ${builtIn.file} ${builtIn.reason}`);
    }
    render = builtIn.render;
  } else {
    // Checked and tried on every sample when they were generated (scripts/gen-templates.ts).
    entries = await precompiledEntries();
    render = compileSet(Runtime.create(), entries);
  }

  const overridden: string[] = [];
  const rejected: OverrideRejection[] = [];
  if (options.overrides && overrideFiles.length > 0) {
    compiler ??= await loadCompiler();
    for (const file of overrideFiles) {
      const source = await options.overrides.read(file);
      const problem =
        typeof source === 'string'
          ? compiler.checkSource(file, source)
          : (source?.problem ?? 'is gone');
      if (problem || typeof source !== 'string') {
        rejected.push({ file, reason: problem ?? 'cannot be read' });
        continue;
      }
      const candidate: Entries = new Map(entries);
      const { compileSource } = compiler;
      candidate.set(file, (env) => compileSource(env, file, source));
      const outcome = trial(compiler.createCompilingEnvironment(), candidate, samples);
      if (!outcome.ok) {
        const where = outcome.file === file ? '' : ` (while rendering ${outcome.file})`;
        rejected.push({ file, reason: `${outcome.reason}${where}` });
        continue;
      }
      entries = candidate;
      render = outcome.render;
      overridden.push(file);
    }
  }
  return { render: async (name, view) => render(name, view), overridden, rejected };
}
