// Mail rendering -> templates: take the handlebars files from their sources (TemplateSource ports)
// once per container, validate them (built-ins must be sound; a user's override that is not is
// rejected and the built-in kept), and hand out compiled renderers. A private Handlebars instance,
// strict, known helpers only, no prototype access: a template can read the view it is given and
// nothing else.
import Handlebars from 'handlebars';
import type { TemplateSource } from '../ports.ts';

export type Flavor = 'text' | 'html';

interface Spec {
  flavor: Flavor;
  /** Paths (`reference`), or partials (`>footer-text`), the template must use. */
  required: readonly string[];
  /** Drafts open with `Subject: …` and a blank line, the way a message looks. */
  subjectLine?: boolean;
}

export const TEMPLATE_SPECS = {
  'drafts/thank-you': { flavor: 'text', required: ['greeting', 'reference'], subjectLine: true },
  // A panel's second and third members get these, so panelists who compare notes find different ones.
  'drafts/thank-you-2': { flavor: 'text', required: ['greeting', 'reference'], subjectLine: true },
  'drafts/thank-you-3': { flavor: 'text', required: ['greeting', 'reference'], subjectLine: true },
  'drafts/follow-up-1': { flavor: 'text', required: ['greeting', 'update'], subjectLine: true },
  'drafts/follow-up-2': { flavor: 'text', required: ['greeting'], subjectLine: true },
  'drafts/keep-in-touch': { flavor: 'text', required: ['greeting'], subjectLine: true },
  'drafts/rejection-reply': { flavor: 'text', required: ['greeting'], subjectLine: true },
  'drafts/next-round-reply': { flavor: 'text', required: ['greeting'], subjectLine: true },
  'drafts/offer-reply': { flavor: 'text', required: ['greeting'], subjectLine: true },
  'drafts/linkedin': { flavor: 'text', required: ['firstName'] },
  'mail/draft.text': { flavor: 'text', required: ['>draft-text', '>footer-text'] },
  'mail/draft.html': { flavor: 'html', required: ['>draft-html', '>layout'] },
  'mail/close-out.text': { flavor: 'text', required: ['>draft-text', '>footer-text'] },
  'mail/close-out.html': { flavor: 'html', required: ['>draft-html', '>layout'] },
  'mail/employer-reply.text': { flavor: 'text', required: ['>draft-text', '>footer-text'] },
  'mail/employer-reply.html': { flavor: 'html', required: ['>draft-html', '>layout'] },
  'mail/linkedin.text': { flavor: 'text', required: ['message', '>footer-text'] },
  'mail/linkedin.html': { flavor: 'html', required: ['message', '>layout'] },
  'mail/acknowledgment.text': {
    flavor: 'text',
    required: ['understood', 'timeline', 'missing', '>footer-text'],
  },
  'mail/acknowledgment.html': {
    flavor: 'html',
    required: ['understood', 'timeline', 'missing', '>layout'],
  },
  'mail/unreadable.text': { flavor: 'text', required: ['missing', 'answers', '>footer-text'] },
  'mail/unreadable.html': { flavor: 'html', required: ['missing', 'answers', '>layout'] },
  'mail/stop.text': { flavor: 'text', required: ['application', '>footer-text'] },
  'mail/stop.html': { flavor: 'html', required: ['application', '>layout'] },
  'mail/status.text': { flavor: 'text', required: ['applications', '>footer-text'] },
  'mail/status.html': { flavor: 'html', required: ['applications', '>layout'] },
  'mail/help.text': { flavor: 'text', required: ['sections', '>footer-text'] },
  'mail/help.html': { flavor: 'html', required: ['sections', '>layout'] },
  'mail/command.text': { flavor: 'text', required: ['summary', '>footer-text'] },
  'mail/command.html': { flavor: 'html', required: ['summary', '>layout'] },
  'mail/choice.text': {
    flavor: 'text',
    required: ['question', 'options', 'example', '>footer-text'],
  },
  'mail/choice.html': { flavor: 'html', required: ['question', 'options', 'example', '>layout'] },
  'mail/suggestion.text': { flavor: 'text', required: ['suggested', '>footer-text'] },
  'mail/suggestion.html': { flavor: 'html', required: ['suggested', '>layout'] },
  'mail/forget-request.text': { flavor: 'text', required: ['deadline', '>footer-text'] },
  'mail/forget-request.html': { flavor: 'html', required: ['deadline', '>layout'] },
  'mail/forgotten.text': { flavor: 'text', required: ['count', '>footer-text'] },
  'mail/forgotten.html': { flavor: 'html', required: ['count', '>layout'] },
  'mail/filter.text': { flavor: 'text', required: ['address', '>footer-text'] },
  'mail/filter.html': { flavor: 'html', required: ['address', '>layout'] },
  'mail/roster.text': { flavor: 'text', required: ['summary', 'users', '>footer-text'] },
  'mail/roster.html': { flavor: 'html', required: ['summary', 'users', '>layout'] },
} as const satisfies Record<string, Spec>;

export const PARTIAL_SPECS = {
  layout: { flavor: 'html', required: ['>@partial-block', '>footer-html'] },
  'footer-text': { flavor: 'text', required: ['commands'] },
  'footer-html': { flavor: 'html', required: ['commands'] },
  'draft-text': { flavor: 'text', required: ['sendBy', 'draft', 'mailto', 'checklist'] },
  'draft-html': { flavor: 'html', required: ['sendBy', 'draft', 'mailto', 'checklist'] },
  'filter-text': { flavor: 'text', required: ['address', 'gmailSteps', 'outlookSteps'] },
  'filter-html': { flavor: 'html', required: ['address', 'gmailSteps', 'outlookSteps'] },
} as const satisfies Record<string, Spec>;

export type TemplateName = keyof typeof TEMPLATE_SPECS;
export type PartialName = keyof typeof PARTIAL_SPECS;

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
  render(name: TemplateName, view: object): string;
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

const COMPILE_OPTIONS = { strict: true, knownHelpersOnly: true, preventIndent: true } as const;

const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
  allowCallsToHelperMissing: false,
} as const;

type Sources = Map<string, string>;

function templateFile(name: TemplateName): string {
  return `${name}.hbs`;
}

function partialFile(name: PartialName): string {
  return `partials/${name}.hbs`;
}

function specOf(file: string): Spec | undefined {
  const name = file.replace(/\.hbs$/, '');
  if (name.startsWith('partials/')) {
    return (PARTIAL_SPECS as Record<string, Spec>)[name.slice('partials/'.length)];
  }
  return (TEMPLATE_SPECS as Record<string, Spec>)[name];
}

function allFiles(): string[] {
  return [
    ...(Object.keys(TEMPLATE_SPECS) as TemplateName[]).map(templateFile),
    ...(Object.keys(PARTIAL_SPECS) as PartialName[]).map(partialFile),
  ];
}

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

/** Syntax, required slots and (for HTML) no unescaped output; null when the source is fine. */
function checkSource(file: string, source: string): string | null {
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

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

function compileSet(sources: Sources): (name: TemplateName, view: object) => string {
  const hb = Handlebars.create();
  const compileOne = (file: string): HandlebarsTemplateDelegate => {
    const spec = specOf(file);
    const source = sources.get(file);
    if (!spec || source === undefined) throw new TemplateError(`template ${file} is not loaded`);
    return hb.compile(source, { ...COMPILE_OPTIONS, noEscape: spec.flavor === 'text' });
  };
  for (const partial of Object.keys(PARTIAL_SPECS) as PartialName[]) {
    hb.registerPartial(partial, compileOne(partialFile(partial)));
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
function trial(sources: Sources, samples: Samples): Trial {
  let render: Render;
  try {
    render = compileSet(sources);
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

/** A template is a page of text; anything bigger is a mistake (or a file that is not one). */
export const MAX_TEMPLATE_BYTES = 64 * 1024;

export async function loadTemplates(options: {
  templates: TemplateSource;
  overrides?: TemplateSource | undefined;
  samples: Samples;
}): Promise<LoadedTemplates> {
  const sources: Sources = new Map();
  const files = allFiles();
  const builtIns = await Promise.all(files.map((file) => options.templates.read(file)));
  files.forEach((file, index) => {
    const source = builtIns[index];
    if (source === undefined) {
      throw new TemplateError(
        `built-in template ${file} is missing from ${options.templates.where}`,
      );
    }
    if (typeof source !== 'string') {
      throw new TemplateError(`built-in template ${file} ${source.problem}`);
    }
    const problem = checkSource(file, source);
    if (problem) throw new TemplateError(`built-in template ${file} ${problem}`);
    sources.set(file, source);
  });
  const builtIn = trial(sources, options.samples);
  if (!builtIn.ok) {
    throw new TemplateError(`built-in template ${builtIn.file} ${builtIn.reason}`);
  }
  let render = builtIn.render;

  const overridden: string[] = [];
  const rejected: OverrideRejection[] = [];
  if (options.overrides) {
    for (const file of await options.overrides.list()) {
      const source = await options.overrides.read(file);
      const problem =
        typeof source === 'string' ? checkSource(file, source) : (source?.problem ?? 'is gone');
      if (problem || typeof source !== 'string') {
        rejected.push({ file, reason: problem ?? 'cannot be read' });
        continue;
      }
      const candidate: Sources = new Map(sources);
      candidate.set(file, source);
      const outcome = trial(candidate, options.samples);
      if (!outcome.ok) {
        const where = outcome.file === file ? '' : ` (while rendering ${outcome.file})`;
        rejected.push({ file, reason: `${outcome.reason}${where}` });
        continue;
      }
      sources.set(file, source);
      render = outcome.render;
      overridden.push(file);
    }
  }
  return { render, overridden, rejected };
}
