// Build step -> the built-in templates, precompiled: every file of templates/ is checked and tried
// on its samples as the renderer would, then compiled ahead of time into
// functions/core/mail/built-in-templates.ts, so the Lambda bundles carry handlebars' runtime and
// not its compiler. `npm run gen:templates` after editing a template (a test fails until then).
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultTemplatesDir, templateFolder } from '../functions/adapters/template-files.ts';
import { sampleViews } from '../functions/core/mail/samples.ts';
import { precompileSource } from '../functions/core/mail/template-compiler.ts';
import { allFiles } from '../functions/core/mail/template-specs.ts';
import { loadTemplates } from '../functions/core/mail/templates.ts';

export const BUILT_IN_MODULE = fileURLToPath(
  new URL('../functions/core/mail/built-in-templates.ts', import.meta.url),
);

/** The generated module's text for the templates in `dir`; throws if any of them is unsound. */
export async function builtInTemplatesModule(dir = defaultTemplatesDir()): Promise<string> {
  const folder = templateFolder(dir);
  // The same checks and sample renders a folder of built-ins gets at load.
  await loadTemplates({ builtIns: folder, samples: sampleViews() });
  const entries: string[] = [];
  for (const file of allFiles()) {
    const source = await folder.read(file);
    if (typeof source !== 'string') throw new Error(`templates/${file} cannot be read`);
    entries.push(`  ${JSON.stringify(file)}: ${precompileSource(file, source)},`);
  }
  return [
    "// Mail rendering -> the built-in templates, precompiled for handlebars' runtime: generated from",
    '// templates/ by `npm run gen:templates` (scripts/gen-templates.ts); do not edit.',
    "// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.",
    'export const BUILT_IN_TEMPLATES: Record<string, TemplateSpecification> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(BUILT_IN_MODULE, await builtInTemplatesModule());
  console.log(`written: ${BUILT_IN_MODULE}`);
}
