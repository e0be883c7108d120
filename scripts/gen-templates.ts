// Build step -> the built-in templates, precompiled: every file of templates/ is checked and tried
// on its samples as the renderer would, then compiled ahead of time into modules under
// functions/core/mail/built-in-templates/, so the Lambda bundles carry handlebars' runtime and not
// its compiler. One module per mail (its text and HTML), one per draft, and one for the partials
// every mail uses; functions/core/mail/built-in-templates.ts imports each on demand, so a function
// loads only the templates of the mails it writes (each module is a chunk of its own in the
// bundles). `npm run gen:templates` after editing a template (a test fails until then).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultTemplatesDir, templateFolder } from '../functions/adapters/template-files.ts';
import { sampleViews } from '../functions/core/mail/samples.ts';
import { precompileSource } from '../functions/core/mail/template-compiler.ts';
import { allFiles } from '../functions/core/mail/template-specs.ts';
import { loadTemplates } from '../functions/core/mail/templates.ts';

/** The folder of the generated modules: the index file and the folder of precompiled modules. */
export const MAIL_DIR = fileURLToPath(new URL('../functions/core/mail/', import.meta.url));
const INDEX = 'built-in-templates.ts';
const MODULES = 'built-in-templates';

/** The module a template is precompiled into: `mail/status` holds both of that mail's files. */
function moduleOf(file: string): string {
  if (file.startsWith('partials/')) return `${MODULES}/partials.ts`;
  return `${MODULES}/${file.replace(/(?:\.text|\.html)?\.hbs$/, '')}.ts`;
}

/**
 * The generated files for the templates in `dir`, by path under functions/core/mail/; throws if
 * any of them is unsound.
 */
export async function builtInTemplateModules(
  dir = defaultTemplatesDir(),
): Promise<Map<string, string>> {
  const folder = templateFolder(dir);
  // The same checks and sample renders a folder of built-ins gets at load.
  await loadTemplates({ builtIns: folder, samples: sampleViews });
  const entries = new Map<string, string[]>();
  for (const file of allFiles()) {
    const source = await folder.read(file);
    if (typeof source !== 'string') throw new Error(`templates/${file} cannot be read`);
    const module = moduleOf(file);
    entries.set(module, [
      ...(entries.get(module) ?? []),
      `  ${JSON.stringify(file)}: ${precompileSource(file, source)},`,
    ]);
  }
  const files = new Map<string, string>();
  for (const [module, lines] of entries) {
    files.set(
      module,
      [
        "// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of",
        '// them is first rendered (built-in-templates.ts): generated from templates/ by',
        '// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.',
        "// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.",
        'export const TEMPLATES: Record<string, TemplateSpecification> = {',
        ...lines,
        '};',
        '',
      ].join('\n'),
    );
  }
  const loaders = allFiles().map((file) => {
    const module = `./${moduleOf(file)}`;
    return `  ${JSON.stringify(file)}: () => import(${JSON.stringify(module)}),`;
  });
  files.set(
    INDEX,
    [
      '// Mail rendering -> the module each built-in template is precompiled into, imported when one of',
      "// its templates is first rendered (templates.ts): a function loads only its mails' templates.",
      '// Generated from templates/ by `npm run gen:templates` (scripts/gen-templates.ts); do not edit.',
      'export const BUILT_IN_TEMPLATES: Record<',
      '  string,',
      '  () => Promise<{ TEMPLATES: Record<string, TemplateSpecification> }>',
      '> = {',
      ...loaders,
      '};',
      '',
    ].join('\n'),
  );
  return files;
}

/** The generated files on disk now, by path under functions/core/mail/. */
export function generatedFilesOnDisk(): string[] {
  const modules = readdirSync(join(MAIL_DIR, MODULES), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => join(MODULES, path));
  return [INDEX, ...modules].sort();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = await builtInTemplateModules();
  rmSync(join(MAIL_DIR, MODULES), { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(MAIL_DIR, path)), { recursive: true });
    writeFileSync(join(MAIL_DIR, path), text);
  }
  console.log(`written: ${files.size} files under ${MAIL_DIR}`);
}
