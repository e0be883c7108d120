// Template source adapter (files): a folder of handlebars templates on disk, the repository's
// templates/ (which the build step precompiles) or a folder of the user's overrides, for the mail
// renderer, which validates every file it is given.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_TEMPLATE_BYTES, TemplateError } from '../core/mail/index.ts';
import type { TemplateFile, TemplateSource } from '../core/ports.ts';

/** The repo's `templates/`, found from this file (works under tsx and vitest from source). */
export function defaultTemplatesDir(): string {
  return fileURLToPath(new URL('../../templates/', import.meta.url));
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/** The templates in `dir`; a folder that does not exist holds none. */
export function templateFolder(dir: string): TemplateSource {
  return {
    where: resolve(dir),
    async list() {
      let entries: string[];
      try {
        entries = await readdir(dir, { recursive: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw new TemplateError(`cannot read the template overrides folder ${dir}`, {
          cause: error,
        });
      }
      return entries
        .map((entry) => entry.split('\\').join('/'))
        .filter((entry) => entry.endsWith('.hbs'))
        .sort();
    },
    async read(file): Promise<TemplateFile> {
      const path = join(dir, file);
      try {
        const info = await stat(path);
        if (!info.isFile()) return { problem: 'is not a file' };
        if (info.size > MAX_TEMPLATE_BYTES) {
          return { problem: `is larger than ${MAX_TEMPLATE_BYTES / 1024} KiB` };
        }
        return await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        return { problem: `cannot be read: ${firstLine(error)}` };
      }
    },
  };
}
