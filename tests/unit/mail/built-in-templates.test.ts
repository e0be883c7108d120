// The precompiled built-in templates (their index and modules) equal templates/ compiled now, so an
// edited template that is not followed by `npm run gen:templates` fails here instead of shipping
// its old text; and the generator refuses a built-in the renderer would refuse.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultTemplatesDir } from '../../../functions/adapters/template-files.ts';
import {
  builtInTemplateModules,
  generatedFilesOnDisk,
  MAIL_DIR,
} from '../../../scripts/gen-templates.ts';

const copy = mkdtempSync(join(tmpdir(), 'followup-built-ins-'));
cpSync(defaultTemplatesDir(), copy, { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const thankYou = join(copy, 'drafts', 'thank-you.hbs');
const original = readFileSync(thankYou, 'utf8');

describe('precompiled built-in templates', () => {
  it('are templates/ as it is now (run `npm run gen:templates` after editing a template)', async () => {
    const generated = await builtInTemplateModules();
    expect(generatedFilesOnDisk()).toEqual([...generated.keys()].sort());
    for (const [path, text] of generated) {
      const shipped = readFileSync(join(MAIL_DIR, path), 'utf8');
      expect(shipped === text, `${path} is stale`).toBe(true);
    }
  });

  it("change with any edit of a template, in that template's module alone", async () => {
    writeFileSync(thankYou, original.replace('Thank you', 'Many thanks'));
    const edited = await builtInTemplateModules(copy);
    const generated = await builtInTemplateModules();
    const changed = [...generated].filter(([path, text]) => edited.get(path) !== text);
    expect(changed.map(([path]) => path)).toEqual(['built-in-templates/drafts/thank-you.ts']);
  });

  it('are not generated from a template the renderer would reject', async () => {
    writeFileSync(thankYou, original.replaceAll('{{reference}}', ''));
    await expect(builtInTemplateModules(copy)).rejects.toThrow(
      /drafts\/thank-you\.hbs misses required slot \{\{reference\}\}/,
    );
  });
});
