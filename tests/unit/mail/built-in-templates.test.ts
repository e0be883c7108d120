// The precompiled built-in templates equal templates/ compiled now, so an edited template that is
// not followed by `npm run gen:templates` fails here instead of shipping its old text; and the
// generator refuses a built-in the renderer would refuse.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultTemplatesDir } from '../../../functions/adapters/template-files.ts';
import { BUILT_IN_MODULE, builtInTemplatesModule } from '../../../scripts/gen-templates.ts';

const copy = mkdtempSync(join(tmpdir(), 'followup-built-ins-'));
cpSync(defaultTemplatesDir(), copy, { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const thankYou = join(copy, 'drafts', 'thank-you.hbs');
const original = readFileSync(thankYou, 'utf8');

describe('precompiled built-in templates', () => {
  it('are templates/ as it is now (run `npm run gen:templates` after editing a template)', async () => {
    const shipped = readFileSync(BUILT_IN_MODULE, 'utf8');
    expect(shipped === (await builtInTemplatesModule()), 'built-in-templates.ts is stale').toBe(
      true,
    );
  });

  it('change with any edit of a template', async () => {
    writeFileSync(thankYou, original.replace('Thank you', 'Many thanks'));
    expect(await builtInTemplatesModule(copy)).not.toBe(await builtInTemplatesModule());
  });

  it('are not generated from a template the renderer would reject', async () => {
    writeFileSync(thankYou, original.replaceAll('{{reference}}', ''));
    await expect(builtInTemplatesModule(copy)).rejects.toThrow(
      /drafts\/thank-you\.hbs misses required slot \{\{reference\}\}/,
    );
  });
});
