// Template overrides adapter (S3): the user's handlebars files under a prefix, listed and fetched
// once per container (with signed reads, not the S3 client: s3-signed-reads.ts) into a private
// temp folder, which the mail renderer then reads as its overrides folder and validates file by
// file, exactly as it does a local one.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MAX_TEMPLATE_BYTES, type OverrideRejection } from '../core/mail/index.ts';
import type { ListedObject, S3ObjectReader } from './s3-signed-reads.ts';

export interface S3TemplateSource {
  bucket: string;
  /** Ends with `/`, or is empty for the whole bucket. */
  prefix: string;
}

export interface DownloadedOverrides {
  /** The folder to hand to the renderer as `overridesDir`. */
  dir: string;
  /** Paths relative to the prefix, e.g. `drafts/thank-you.hbs`. */
  files: string[];
  /** Objects that were not fetched, and why; the renderer never sees them. */
  skipped: OverrideRejection[];
}

export class TemplateOverridesError extends Error {
  override name = 'TemplateOverridesError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** followup has about thirty templates: a prefix holding far more is not a template folder. */
export const MAX_OVERRIDE_FILES = 100;
const MAX_LIST_PAGES = 5;

// Segments start with a letter, digit, `_` or `-`: no `..`, no hidden files, no absolute paths.
const SAFE_PATH =
  /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}\/){0,3}[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}\.hbs$/;

async function listUnder(
  reader: S3ObjectReader,
  source: S3TemplateSource,
): Promise<ListedObject[]> {
  const listed: ListedObject[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_LIST_PAGES; page += 1) {
    const { objects, next } = await reader.list(source.bucket, source.prefix, token);
    for (const object of objects) if (object.key) listed.push(object);
    token = next;
    if (!token) break;
  }
  return listed;
}

/**
 * Fetches every `.hbs` object under the prefix into a new folder under the system's temp folder
 * (Lambda's /tmp). Objects with an unusable name or size are skipped with a reason; anything else
 * that is not a template (a README, a folder marker) is ignored. Throws TemplateOverridesError
 * when S3 cannot be listed or read.
 */
export async function downloadTemplateOverrides(
  reader: S3ObjectReader,
  source: S3TemplateSource,
): Promise<DownloadedOverrides> {
  const where = `s3://${source.bucket}/${source.prefix}`;
  let listed: ListedObject[];
  try {
    listed = await listUnder(reader, source);
  } catch (error) {
    throw new TemplateOverridesError(`cannot list the template overrides at ${where}`, {
      cause: error,
    });
  }
  const dir = await mkdtemp(join(tmpdir(), 'followup-templates-'));
  const files: string[] = [];
  const skipped: OverrideRejection[] = [];
  for (const { key, size } of listed) {
    const file = key.slice(source.prefix.length);
    if (!file.endsWith('.hbs')) continue;
    if (!SAFE_PATH.test(file)) {
      skipped.push({
        file,
        reason: 'has a name followup does not use (letters, digits, . _ - and up to 3 folders)',
      });
      continue;
    }
    if (size > MAX_TEMPLATE_BYTES) {
      skipped.push({ file, reason: `is larger than ${MAX_TEMPLATE_BYTES / 1024} KiB` });
      continue;
    }
    if (files.length >= MAX_OVERRIDE_FILES) {
      skipped.push({ file, reason: `is past the first ${MAX_OVERRIDE_FILES} templates` });
      continue;
    }
    let body: Uint8Array;
    try {
      body = await reader.get(source.bucket, key);
    } catch (error) {
      throw new TemplateOverridesError(`cannot read the template override ${file} at ${where}`, {
        cause: error,
      });
    }
    // The listing's size may be stale: the object could have been replaced since.
    if (body.byteLength > MAX_TEMPLATE_BYTES) {
      skipped.push({ file, reason: `is larger than ${MAX_TEMPLATE_BYTES / 1024} KiB` });
      continue;
    }
    const path = join(dir, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, body);
    files.push(file);
  }
  return { dir, files, skipped };
}

/**
 * The download, done once per container on first use: later calls get the same folder. A failed
 * download is not kept, so the next mail tries again.
 */
export function s3TemplateOverrides(
  reader: S3ObjectReader,
  source: S3TemplateSource,
): () => Promise<DownloadedOverrides> {
  let downloading: Promise<DownloadedOverrides> | undefined;
  return () => {
    if (!downloading) {
      const attempt = downloadTemplateOverrides(reader, source);
      downloading = attempt;
      attempt.catch(() => {
        if (downloading === attempt) downloading = undefined;
      });
    }
    return downloading;
  };
}
