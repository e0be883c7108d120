// Raw mail adapter (S3): SES receiving stores each message under `<prefix><SES messageId>`.
import { DeleteObjectCommand, GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { RawMail, RawMailStore } from '../core/ports.ts';

export function createS3RawMailStore(client: S3Client, bucket: string): RawMailStore {
  return {
    async get(key, maxBytes): Promise<RawMail> {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (!object.Body) throw new Error(`raw mail object ${key} has no body`);
      // Over the limit by its length, the body is dropped unread rather than buffered.
      if ((object.ContentLength ?? 0) > maxBytes) {
        (object.Body as { destroy?: () => void }).destroy?.();
        return { kind: 'too-large', bytes: object.ContentLength ?? 0 };
      }
      const raw = await object.Body.transformToByteArray();
      return raw.byteLength > maxBytes
        ? { kind: 'too-large', bytes: raw.byteLength }
        : { kind: 'mail', raw };
    },

    async delete(key) {
      // S3 answers 204 for a key that is not there.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
