// Test support -> in-memory RawMailStore: the S3 bucket SES receiving writes to, as a Map; an
// object over the limit is answered by its size only, a missing key fails as S3's NoSuchKey does.
import type { RawMailStore } from '../../../functions/core/ports.ts';

export interface MemoryRawMail extends RawMailStore {
  put(key: string, raw: Uint8Array): void;
  /** Every stored key, sorted. */
  keys(): string[];
}

export class NoSuchKeyError extends Error {
  override name = 'NoSuchKey';
}

export function createMemoryRawMail(): MemoryRawMail {
  const objects = new Map<string, Uint8Array>();
  return {
    put(key, raw) {
      objects.set(key, Uint8Array.from(raw));
    },
    async get(key, maxBytes) {
      const raw = objects.get(key);
      if (!raw) throw new NoSuchKeyError(`no raw mail object ${key}`);
      return raw.byteLength > maxBytes
        ? { kind: 'too-large', bytes: raw.byteLength }
        : { kind: 'mail', raw: Uint8Array.from(raw) };
    },
    async delete(key) {
      objects.delete(key);
    },
    keys: () => [...objects.keys()].sort(),
  };
}
